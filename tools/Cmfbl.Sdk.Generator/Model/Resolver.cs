using System.Text.RegularExpressions;
using Cmfbl.Sdk.Generator.Naming;
using Cmfbl.Sdk.Generator.Overlay;
using Cmfbl.Sdk.Generator.Vendor;

namespace Cmfbl.Sdk.Generator.Model;

/// <summary>Merges a family's vendor operations with its overlay into an <see cref="ApiFamily"/>, applying the rules where the overlay is silent.</summary>
internal static partial class Resolver
{
    public static ApiFamily Resolve(FamilyOverlay family, CommonOverlay common, string overlayFile, IReadOnlyList<VendorOperation> vendor, Func<string, bool> handWrittenHasRequired, IReadOnlySet<string> otherFamilies)
    {
        var errors = new List<string>();
        foreach (var path in family.Operations.Keys.Select(static k => k.Split('#')[0]).Concat(family.Exclude.Keys))
        {
            if (vendor.All(o => o.Path != path))
            {
                errors.Add($"{overlayFile}: '{path}' is not an operation of {family.Spec}.");
            }
        }

        var valueTypes = new HashSet<string>(common.ValueTypes, StringComparer.Ordinal);
        var models = new ModelBuilder(family, common, overlayFile, valueTypes, AnswerComponents.Of(vendor), otherFamilies);
        var operations = new List<(string Service, ApiOperation Operation)>();
        foreach (var op in vendor.OrderBy(static o => o.Path, StringComparer.Ordinal))
        {
            if (family.Exclude.ContainsKey(op.Path))
            {
                continue;
            }

            var overlay = family.Operations.GetValueOrDefault(op.Path) ?? new OperationOverlay();
            var service = overlay.Service ?? op.Service;
            operations.Add((service, Operation(family, common, op, overlay, models, valueTypes, errors, handWrittenHasRequired)));

            // Another version of the same operation, which the spec describes in the same entry: "path#version".
            foreach (var (key, variant) in family.Operations.Where(e => e.Key.StartsWith(op.Path + "#", StringComparison.Ordinal)))
            {
                var versioned = op with { Version = key[(key.IndexOf('#') + 1)..] };
                operations.Add((variant.Service ?? op.Service, Operation(family, common, versioned, variant, models, valueTypes, errors, handWrittenHasRequired)));
            }
        }

        errors.AddRange(models.Conflicts);
        foreach (var (modelName, corrections) in family.Models)
        {
            // A correction that corrects nothing (a model renamed since, a misspelt field) is an error, never ignored.
            // An entry that renames a model (models.<rule's name>.name) corrects the model under its new name.
            if (models.Models.FirstOrDefault(m => m.Name == modelName || (corrections.Name is { } renamed && m.Name.EndsWith(renamed, StringComparison.Ordinal))) is not { } model)
            {
                errors.Add($"{overlayFile}: models.{modelName} names no model this family generates.");
                continue;
            }

            foreach (var field in corrections.Fields.Keys.Where(f => model.Properties.All(p => p.VendorName != f)))
            {
                errors.Add($"{overlayFile}: models.{modelName}.fields.{field} is not a field of {modelName}.");
            }
        }

        var services = operations
            .GroupBy(static o => o.Service, StringComparer.Ordinal)
            .Select(group => Service(family, group.Key, group.Select(static g => g.Operation).ToArray(), errors))
            .OrderBy(static s => s.Interface, StringComparer.Ordinal)
            .ToArray();
        foreach (var service in services)
        {
            foreach (var duplicate in service.Operations.GroupBy(static o => o.Name).Where(static g => g.Count() > 1))
            {
                errors.Add($"{overlayFile}: {service.Interface} has two methods named {duplicate.Key} ({string.Join(", ", duplicate.Select(static o => o.Vendor.Path))}); name them.");
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        }

        var placed = ModelPlacement.Place(family, services, models.Models);
        return new ApiFamily(family, overlayFile, placed.Services, placed.Models.OrderBy(static m => m.Name, StringComparer.Ordinal).ToArray(), family.Exclude);
    }

    private static ApiService Service(FamilyOverlay family, string vendorName, ApiOperation[] operations, List<string> errors)
    {
        var overlay = family.Services.GetValueOrDefault(vendorName);
        if (overlay is null)
        {
            errors.Add($"{family.Family}: the vendor service '{vendorName}' has no entry under services: (give at least its summary).");
        }

        foreach (var walker in operations.Where(static o => o.Walker is not null).GroupBy(static o => o.Walker).Where(static g => g.Count() > 1))
        {
            errors.Add($"{family.Family}: the paged queries {string.Join(" and ", walker.Select(static o => o.Vendor.BizType))} would both get the walker {walker.Key}: name one (walker:).");
        }

        var name = overlay?.Name ?? Names.Interface(vendorName);
        var group = overlay?.Group;
        var sessions = family.SessionClass is not null;
        var guest = operations.Count(static o => o.WorksAsGuest);
        var split = sessions && guest > 0 && guest < operations.Length;
        return new ApiService(
            vendorName,
            name,
            overlay?.Property ?? name[1..].Replace("Service", string.Empty, StringComparison.Ordinal),
            overlay?.Summary ?? $"The vendor's <c>{vendorName}</c>.",
            overlay?.Remarks,
            overlay?.Factory,
            operations.OrderBy(static o => o.Name, StringComparer.Ordinal).ToArray())
        {
            Namespace = group is null ? family.Namespace : $"{family.Namespace}.{group}",
            Folder = group is null ? family.Folder : $"{family.Folder}/{group}",
            GuestInterface = split ? overlay?.GuestName ?? "IGuest" + name[1..] : null,
            OnServicesClass = !sessions || guest > 0,
            OnSession = sessions,
        };
    }

    private static ApiOperation Operation(FamilyOverlay family, CommonOverlay common, VendorOperation op, OperationOverlay overlay, ModelBuilder models, IReadOnlySet<string> valueTypes, List<string> errors, Func<string, bool> handWrittenHasRequired)
    {
        var name = overlay.Name ?? Names.Method(op.MethodName);
        var serviceOverlay = family.Services.GetValueOrDefault(overlay.Service ?? op.Service);
        var prefix = serviceOverlay?.ModelPrefix ?? string.Empty;
        if (serviceOverlay?.Auth is not null && string.IsNullOrWhiteSpace(serviceOverlay.AuthReason))
        {
            errors.Add($"{op.Service}: a service-wide auth needs its reason (authReason:).");
        }

        if (serviceOverlay is { WriteHeaders.Count: > 0 } && string.IsNullOrWhiteSpace(serviceOverlay.WriteHeadersReason))
        {
            errors.Add($"{op.Service}: headers for every write need their reason (writeHeadersReason:).");
        }

        var kind = Kind(common, op, overlay, errors);
        var auth = Auth(family, op, overlay.Auth ?? serviceOverlay?.Auth);
        var (requestType, requestIsPage) = Request(family, op, overlay, models, prefix + name);
        var answer = Answer(family, op, overlay, models, prefix + name, valueTypes);
        var walker = answer.Shape == AnswerShape.Page && requestIsPage
            ? overlay.Walker ?? "GetAll" + Plural(answer.Type![(answer.Type!.LastIndexOf('.') + 1)..]) + "Async"
            : null;
        return new ApiOperation
        {
            Vendor = op,
            Name = name,
            Kind = kind,
            KindReason = overlay.Reason,
            Auth = auth,
            Version = op.Version ?? "0.0.1",
            Group = op.Group,
            RefitPath = overlay.Path ?? op.Path,
            RequestType = requestType,
            RequestParameter = overlay.Request?.Parameter ?? "request",
            RequestDoc = overlay.Request?.Doc,
            RequestIsPage = requestIsPage,
            RequestHasRequiredMembers = requestType is not null && (models.Find(requestType) is { } generated
                ? generated.Properties.Any(static p => p.Required)
                : handWrittenHasRequired(requestType)),
            Answer = answer.Shape,
            AnswerType = answer.Type,
            AnswerIsValueType = answer.Type is { } t && TypeRules.IsValueType(t, valueTypes),
            AnswerNullable = overlay.Answer?.Nullable ?? false,
            AnswerDigits = overlay.Answer?.Digits ?? false,
            AnswerAcceptBoolean = overlay.Answer?.AcceptBoolean ?? false,
            Headers = overlay.Headers.Concat(kind == "UnsafeWrite" ? serviceOverlay?.WriteHeaders ?? [] : [])
                .Select(static h => (h.Header, h.Parameter, h.Optional, h.Doc)).ToArray(),
            SingleUse = overlay.SingleUse,
            OutcomeCheck = overlay.OutcomeCheck,
            Walker = walker,
            Summary = overlay.Doc?.Summary ?? Names.Sentence(Names.Xml(op.Summary is { Length: > 0 } s ? s : op.MethodName)),
            Remarks = overlay.Doc?.Remarks,
            Returns = overlay.Doc?.Returns,
            Exceptions = overlay.Doc?.Exceptions ?? [],
        };
    }

    /// <summary>Read when the overlay says so or the method's first word reads; anything else is an unsafe write unless the overlay gives the reason it is safe to repeat.</summary>
    private static string Kind(CommonOverlay common, VendorOperation op, OperationOverlay overlay, List<string> errors)
    {
        switch (overlay.Kind)
        {
            case "read":
                return "Read";
            case "unsafe":
                return "UnsafeWrite";
            case "keyed":
                if (string.IsNullOrWhiteSpace(overlay.Reason))
                {
                    errors.Add($"{op.Path}: a keyed write needs the reason it is safe to repeat (reason:).");
                }

                return "KeyedWrite";
            case null:
                var verb = FirstWord(op.MethodName);
                var noun = LastWord().Match(op.MethodName).Value;
                return op.HttpMethod == "GET" || common.ReadVerbs.Contains(verb, StringComparer.Ordinal) || common.ReadSuffixes.Contains(noun, StringComparer.Ordinal)
                    ? "Read"
                    : "UnsafeWrite";
            default:
                errors.Add($"{op.Path}: kind '{overlay.Kind}' is not read, keyed or unsafe.");
                return "UnsafeWrite";
        }
    }

    private static string FirstWord(string method) => LowerPrefix().Match(method).Value;

    /// <summary>From the overlay, else from the spec: the Manager auth call sends nothing, a required token header is a token, an optional one sends it when there is one, none is a guest call; a Client description that says the call needs a login makes it a token call.</summary>
    private static string Auth(FamilyOverlay family, VendorOperation op, string? decidedAuth)
    {
        if (decidedAuth is { } decided)
        {
            return decided switch
            {
                "token" => "Token",
                "optional" => "TokenWhenAvailable",
                "guest" => "Guest",
                "none" => "None",
                _ => throw new InvalidOperationException($"{op.Path}: auth '{decided}' is not token, optional, guest or none."),
            };
        }

        if (family.Family == "Client")
        {
            return NeedsLogin().IsMatch(op.Description ?? string.Empty) ? "Token" : "TokenWhenAvailable";
        }

        var token = op.Parameters.FirstOrDefault(static p => p.In == "header" && p.Name == "token");
        return token is null ? "Guest" : token.Required ? "Token" : "TokenWhenAvailable";
    }

    private static (string? Type, bool IsPage) Request(FamilyOverlay family, VendorOperation op, OperationOverlay overlay, ModelBuilder models, string method)
    {
        if (overlay.Request is { None: true })
        {
            return (null, false);
        }

        var schema = op.RequestSchema;
        if (overlay.Request?.Type is { } given)
        {
            return (Qualify(family, given), IsPage(schema));
        }

        if (schema is null || schema.Properties.Count == 0)
        {
            return (null, false);
        }

        var name = overlay.Request?.Name ?? method[..^"Async".Length] + "Request";
        return (Qualify(family, models.Build(schema, name, isRequest: true, op.BizType)), IsPage(schema));
    }

    private static bool IsPage(VendorSchema? schema) =>
        schema is not null && schema.Properties.Any(static p => p.Name == "current") && schema.Properties.Any(static p => p.Name == "size");

    private static (AnswerShape Shape, string? Type) Answer(FamilyOverlay family, VendorOperation op, OperationOverlay overlay, ModelBuilder models, string method, IReadOnlySet<string> valueTypes)
    {
        var given = overlay.Answer;
        var schema = given?.Shape is { } decided ? ExampleSchemas.Reshape(op.DataSchema, op.DataExample, decided) : op.DataSchema;
        var shape = given?.Shape is { } s ? Parse(s) : Shape(schema);
        var stem = method[..^"Async".Length];
        if (given?.Type is { } type)
        {
            return (shape, Qualify(family, type));
        }

        return shape switch
        {
            AnswerShape.None => (shape, null),
            AnswerShape.Text => (shape, "string"),
            AnswerShape.Scalar => (shape, ModelBuilder.ScalarType(op.MethodName, schema)),
            AnswerShape.List => (shape, schema?.Items is { IsObject: true } item && item.Properties.Count > 0
                ? Qualify(family, models.Build(item, given?.Name ?? stem + "Item", isRequest: false, op.BizType))
                : ModelBuilder.ScalarType(op.MethodName, schema?.Items)),
            AnswerShape.Page => (shape, PageRecords(schema) is { } records && records.Properties.Count > 0
                ? Qualify(family, models.Build(records, given?.Name ?? stem + "Record", isRequest: false, op.BizType))
                : "JsonElement"),
            _ when schema is { IsMap: true } => (shape, QualifyModels(family, models.MapType(schema, given?.Name ?? stem, op.BizType), models)),
            _ => (shape, schema is { Properties.Count: > 0 }
                ? Qualify(family, models.Build(schema, given?.Name ?? stem + "Result", isRequest: false, op.BizType))
                : "JsonElement"),
        };
    }

    private static AnswerShape Shape(VendorSchema? schema) => schema switch
    {
        null => AnswerShape.None,
        { ComponentName: "Void" } => AnswerShape.None, // the Java wrapper of nothing (BaseResultVoid): an acknowledgement
        { Type: "string" } => AnswerShape.Text,
        { Type: "integer" or "number" or "boolean" } => AnswerShape.Scalar,
        { Type: "array" } => AnswerShape.List,
        { IsMap: true } => AnswerShape.Model,
        _ when PageRecords(schema) is not null => AnswerShape.Page,
        { IsObject: true } => AnswerShape.Model,
        _ => AnswerShape.None,
    };

    private static VendorSchema? PageRecords(VendorSchema? schema) =>
        schema?.Properties.FirstOrDefault(static p => p.Name == "records").Schema is { Type: "array" } records
        && schema.Properties.Any(static p => p.Name is "total" or "current")
            ? records.Items
            : null;

    private static AnswerShape Parse(string shape) => shape switch
    {
        "none" => AnswerShape.None,
        "text" => AnswerShape.Text,
        "scalar" => AnswerShape.Scalar,
        "model" => AnswerShape.Model,
        "list" => AnswerShape.List,
        "page" => AnswerShape.Page,
        _ => throw new InvalidOperationException($"answer shape '{shape}' is not none, text, scalar, model, list or page."),
    };

    private static string Qualify(FamilyOverlay family, string type) =>
        type.Contains('.', StringComparison.Ordinal) || type is "string" or "long" or "int" or "bool" or "decimal" or "JsonElement"
            ? type
            : $"{family.Namespace}.Models.{type}";

    /// <summary>A generic type text (a map answer) with each generated model's name qualified.</summary>
    private static string QualifyModels(FamilyOverlay family, string type, ModelBuilder models) =>
        TypeName().Replace(type, m => models.Find($"{family.Namespace}.Models.{m.Value}") is not null ? $"{family.Namespace}.Models.{m.Value}" : m.Value);

    private static string Plural(string name) =>
        name.EndsWith('y') && !name.EndsWith("ey", StringComparison.Ordinal) ? name[..^1] + "ies"
        : name.EndsWith('s') ? name + "es"
        : name + "s";

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex TypeName();

    [GeneratedRegex("^[a-z]+")]
    private static partial Regex LowerPrefix();

    [GeneratedRegex("[A-Z][a-z0-9]*$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"(requires? login|after log(?:ging )?in|login required|logged[- ]in)", RegexOptions.IgnoreCase)]
    private static partial Regex NeedsLogin();
}

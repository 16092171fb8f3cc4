using Cmfbl.Sdk.Generator.Model;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>
/// Writes the public API entries of everything generated (<c>.PublicAPI/Generated/PublicAPI.Unshipped.txt</c>), in the
/// format of Microsoft.CodeAnalysis.PublicApiAnalyzers, so the analyzer tracks generated API as strictly as hand-written.
/// </summary>
internal static class PublicApiEmitter
{
    private const string Cancellation = "System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken)";

    public static string Emit(IReadOnlyList<ApiFamily> families, Func<string, string> qualify)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var family in families)
        {
            var ns = family.Overlay.Namespace;
            var services = $"{ns}.{family.Overlay.ServicesClass}";
            lines.Add(services);
            var session = family.Overlay.SessionClass is { } sessionClass ? $"{ns}.{sessionClass}" : null;
            foreach (var service in family.Services)
            {
                var iface = service.FullInterface;
                lines.Add(iface);
                if (service.GuestInterface is { } guest)
                {
                    lines.Add($"{service.Namespace}.{guest}");
                }

                if (service.OnServicesClass)
                {
                    lines.Add($"{services}.{service.Property}.get -> {service.Namespace}.{service.ServicesInterface}!");
                }

                if (service.OnSession && session is not null)
                {
                    lines.Add($"{session}.{service.Property}.get -> {iface}!");
                }

                foreach (var op in service.Operations)
                {
                    var declaring = service.DeclaringInterface(op);
                    var parameters = new List<string>();
                    if (op.RequestType is { } request)
                    {
                        parameters.Add($"{qualify(request)}! {op.RequestParameter}");
                    }

                    parameters.AddRange(op.Headers.Select(static h => $"string? {h.Parameter}{(h.Optional ? " = null" : string.Empty)}"));
                    parameters.Add(Cancellation);
                    lines.Add($"{declaring}.{op.Name}({string.Join(", ", parameters)}) -> {Returns(op, qualify)}");
                    if (op.Walker is { } walker)
                    {
                        var extensions = $"{service.Namespace}.{service.Interface[1..]}Extensions";
                        lines.Add(extensions);
                        var filter = op.RequestHasRequiredMembers ? $"{qualify(op.RequestType!)}! filter" : $"{qualify(op.RequestType!)}? filter = null";
                        lines.Add($"static {extensions}.{walker}(this {declaring}! service, {filter}, {Cancellation}) -> System.Collections.Generic.IAsyncEnumerable<{Item(op.AnswerType!, qualify)}>!");
                    }
                }
            }

            foreach (var model in family.Models)
            {
                lines.Add(model.FullName);
                foreach (var p in model.Properties)
                {
                    var type = PropertyType(model, p, qualify);
                    lines.Add($"{model.FullName}.{p.Name}.get -> {type}");
                    lines.Add($"{model.FullName}.{p.Name}.{(model.IsRequest ? "init" : "set")} -> void");
                }
            }
        }

        return string.Join('\n', lines.Prepend("#nullable enable")) + "\n";
    }

    private static string Returns(ApiOperation op, Func<string, string> qualify) => op.Answer switch
    {
        AnswerShape.None => "System.Threading.Tasks.Task!",
        AnswerShape.Text => $"System.Threading.Tasks.Task<string{(op.AnswerNullable ? "?" : "!")}>!",
        AnswerShape.List => $"System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<{Item(op.AnswerType!, qualify)}>!>!",
        AnswerShape.Page => $"System.Threading.Tasks.Task<Cmfbl.Sdk.Pagination.PagedResult<{Item(op.AnswerType!, qualify)}>!>!",
        _ when op.AnswerIsValueType || IsKeywordValue(op.AnswerType!) => $"System.Threading.Tasks.Task<{ValueName(op.AnswerType!, qualify)}{(op.AnswerNullable ? "?" : string.Empty)}>!",
        _ => $"System.Threading.Tasks.Task<{Reference(op.AnswerType!, qualify)}{(op.AnswerNullable ? "?" : "!")}>!",
    };

    /// <summary>A list or page item as the analyzer writes it inside a generic: reference types with <c>!</c>.</summary>
    private static string Item(string type, Func<string, string> qualify) =>
        IsKeywordValue(type) || type == "JsonElement" ? ValueName(type, qualify) : type == "string" ? "string!" : Reference(type, qualify) + "!";

    /// <summary>A reference type as the analyzer writes it, without its nullability: a read-only list or dictionary (an overlay's map answer) with its arguments, or the qualified name.</summary>
    private static string Reference(string type, Func<string, string> qualify)
    {
        foreach (var generic in (string[])["IReadOnlyDictionary", "IReadOnlyList"])
        {
            if (type.StartsWith(generic + "<", StringComparison.Ordinal) && type.EndsWith('>'))
            {
                var arguments = TopLevelArguments(type[(generic.Length + 1)..^1]).Select(argument => Item(argument, qualify));
                return $"System.Collections.Generic.{generic}<{string.Join(", ", arguments)}>";
            }
        }

        return qualify(type);
    }

    /// <summary>The type arguments of a generic, split at the commas that are not inside a nested generic.</summary>
    private static IEnumerable<string> TopLevelArguments(string arguments)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            switch (arguments[i])
            {
                case '<':
                    depth++;
                    break;
                case '>':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return arguments[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return arguments[start..].Trim();
    }

    private static string PropertyType(ModelDefinition model, PropertyDefinition p, Func<string, string> qualify)
    {
        var nullable = !model.IsRequest || p.Type == "DateTimeOffset" || (!p.Required && p.Default is null);
        if (p.ListItem is { } item)
        {
            return $"System.Collections.Generic.IReadOnlyList<{Item(item, qualify)}>{(nullable ? "?" : "!")}";
        }

        if (p.IsValueType || IsKeywordValue(p.Type))
        {
            return ValueName(p.Type, qualify) + (nullable ? "?" : string.Empty);
        }

        return (p.Type == "string" ? "string" : Reference(p.Type, qualify)) + (nullable ? "?" : "!");
    }

    private static bool IsKeywordValue(string type) => type is "int" or "long" or "bool" or "decimal" or "double";

    private static string ValueName(string type, Func<string, string> qualify) => type switch
    {
        "int" or "long" or "bool" or "decimal" or "double" => type,
        "DateTimeOffset" => "System.DateTimeOffset",
        "JsonElement" => "System.Text.Json.JsonElement",
        _ => qualify(type),
    };
}

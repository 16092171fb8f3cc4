using Cmfbl.Sdk.Generator.Model;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>
/// Writes one generated model: requests as init-only records with <c>required</c> members, answers as settable
/// records whose members are all nullable (read tolerantly); lists read <c>{}</c> and single objects; secrets print <c>***</c>.
/// </summary>
internal static class ModelEmitter
{
    private static readonly string[] Usings = ["System.Text", "System.Text.Json", "System.Text.Json.Serialization", "Cmfbl.Sdk.Models", "Cmfbl.Sdk.Security", "Cmfbl.Sdk.Serialization.Internal"];

    public static string Emit(ModelDefinition model)
    {
        var w = new CodeWriter();
        w.Header(model.Source);
        w.Line();
        foreach (var ns in Usings.Concat(model.Usings).Distinct())
        {
            w.Line($"using {ns};");
        }

        w.Line();
        w.Line($"namespace {model.Namespace};");
        w.Line();
        w.Doc("summary", model.Summary);
        w.Doc("remarks", Remarks(model));
        w.Open($"public sealed partial record {model.Name}");
        var first = true;
        foreach (var property in model.Properties)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Doc("summary", property.Doc);
            w.Line($"[JsonPropertyName(\"{property.VendorName}\")]");
            if (property.ListItem is { } item && !model.IsRequest)
            {
                w.Line($"[JsonConverter(typeof(SingleOrArrayConverter<{item}>))]");
            }

            w.Line(Declaration(model, property));
        }

        if (model.Properties.Any(static p => p.Secret))
        {
            w.Line();
            w.Open("private bool PrintMembers(StringBuilder builder)");
            for (var i = 0; i < model.Properties.Count; i++)
            {
                var p = model.Properties[i];
                var separator = i == 0 ? string.Empty : ", ";
                w.Line(p.Secret
                    ? $"builder.Append(\"{separator}{p.Name} = \").Append({p.Name} is null ? \"null\" : \"***\");"
                    : $"builder.Append(\"{separator}{p.Name} = \").Append({p.Name});");
            }

            w.Line("return true;");
            w.Close();
        }

        w.Close();
        return w.ToString();
    }

    private static string Declaration(ModelDefinition model, PropertyDefinition p)
    {
        var alwaysNullable = p.Type == "DateTimeOffset";
        if (!model.IsRequest)
        {
            return $"public {p.Type}? {p.Name} {{ get; set; }}";
        }

        var type = (p.Required || p.Default is not null) && !alwaysNullable ? p.Type : p.Type + "?";
        var required = p.Required ? "required " : string.Empty;
        var initializer = p.Default is { } value ? $" = {value};" : string.Empty;
        return $"public {required}{type} {p.Name} {{ get; init; }}{initializer}";
    }

    private static string Remarks(ModelDefinition model)
    {
        var used = string.Join(", ", model.UsedBy.Distinct().Order(StringComparer.Ordinal).Select(static b => $"<c>{b}</c>"));
        return model.IsRequest
            ? $"Sent by {used}. Properties left <see langword=\"null\"/> are not sent."
            : $"Read from the answer of {used}. Every property is optional: the service may leave any out.";
    }
}

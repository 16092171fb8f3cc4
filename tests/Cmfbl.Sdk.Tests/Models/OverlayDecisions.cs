using YamlDotNet.RepresentationModel;

namespace Cmfbl.Sdk.Tests.Models;

/// <summary>
/// The field decisions of the overlays (<c>spec/overlay/*.yaml</c>, <c>models.&lt;Model&gt;.fields.&lt;field&gt;</c>):
/// a field whose .NET type a human decided, with the reason. The model conventions defer to a decided type, so a
/// documented exception (a "09:00-17:00" schedule named <c>openTime</c>) is made where the spec is read, with its reason,
/// and not by listing types here.
/// </summary>
internal static class OverlayDecisions
{
    private static readonly Lazy<IReadOnlyDictionary<(string Model, string Field), (string? Type, string? Reason)>> Fields = new(Load);

    /// <summary>The decided .NET type and its reason of <paramref name="field"/> (the vendor's name) in the model <paramref name="model"/>, or null when the overlays leave the field to the rules.</summary>
    public static (string Type, string? Reason)? TypeOf(string model, string field) =>
        Fields.Value.TryGetValue((model, field), out var decided) && decided.Type is { } type ? (type, decided.Reason) : null;

    /// <summary>Whether <paramref name="type"/> is what the overlay's type text names (a keyword or a type's short name), in its optional form for a value type.</summary>
    public static bool Names(string decided, Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        var keyword = decided switch
        {
            "string" => typeof(string),
            "bool" => typeof(bool),
            "int" => typeof(int),
            "long" => typeof(long),
            "decimal" => typeof(decimal),
            "DateTimeOffset" => typeof(DateTimeOffset),
            _ => null,
        };
        return keyword is not null ? plain == keyword : plain.Name == decided[(decided.LastIndexOf('.') + 1)..];
    }

    private static IReadOnlyDictionary<(string Model, string Field), (string? Type, string? Reason)> Load()
    {
        var fields = new Dictionary<(string, string), (string?, string?)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "spec", "overlay"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                yaml.Load(reader);
            }

            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
                || !root.Children.TryGetValue(new YamlScalarNode("models"), out var models) || models is not YamlMappingNode byModel)
            {
                continue;
            }

            foreach (var (model, body) in byModel.Children)
            {
                if (body is YamlMappingNode modelBody && modelBody.Children.TryGetValue(new YamlScalarNode("fields"), out var list) && list is YamlMappingNode byField)
                {
                    // Under the entry's key (the rule's name) and, when it renames the model, under the name it gives.
                    string[] names = Scalar(modelBody, "name") is { } renamed ? [((YamlScalarNode)model).Value!, renamed] : [((YamlScalarNode)model).Value!];
                    foreach (var (field, decision) in byField.Children)
                    {
                        var map = (YamlMappingNode)decision;
                        foreach (var name in names)
                        {
                            fields[(name, ((YamlScalarNode)field).Value!)] = (Scalar(map, "type"), Scalar(map, "reason"));
                        }
                    }
                }
            }
        }

        return fields;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    /// <summary>The repository's root: the first folder above the test's output that holds spec/overlay.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "spec", "overlay")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No spec/overlay folder above {AppContext.BaseDirectory}: the model conventions read the overlays' field decisions from the repository.");
    }
}

using System.Text.RegularExpressions;

namespace Cmfbl.Sdk.Generator.Model;

/// <summary>
/// Puts each generated model in the namespace of the group its operations belong to (<c>….Trading.Models</c>), or in
/// the family's <c>….Models</c> when operations of more than one group share it, and rewrites the type names the
/// operations carry to match. A model goes wherever every model that holds it goes, so no model refers to a group it
/// cannot see.
/// </summary>
internal static partial class ModelPlacement
{
    public static (IReadOnlyList<ApiService> Services, IReadOnlyList<ModelDefinition> Models) Place(
        Overlay.FamilyOverlay family, IReadOnlyList<ApiService> services, IReadOnlyCollection<ModelDefinition> models)
    {
        var familyModels = family.Namespace + ".Models";
        var byName = models.ToDictionary(static m => m.Name, StringComparer.Ordinal);
        var groupOf = services
            .SelectMany(static s => s.Operations.Select(o => (o.Vendor.BizType, s.Namespace)))
            .GroupBy(static p => p.BizType, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Select(static p => p.Namespace).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var groups = models.ToDictionary(
            static m => m.Name,
            m => m.UsedBy.SelectMany(b => groupOf.GetValueOrDefault(b) ?? []).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        // A model nested in another is seen from wherever its holder is.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var model in models)
            {
                foreach (var held in Referenced(model, byName))
                {
                    var before = groups[held.Name].Count;
                    groups[held.Name].UnionWith(groups[model.Name]);
                    changed |= groups[held.Name].Count != before;
                }
            }
        }

        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            var ns = groups[model.Name] is { Count: 1 } one && one.First() != family.Namespace ? one.First() + ".Models" : familyModels;
            if (ns != model.Namespace)
            {
                renames[model.FullName] = $"{ns}.{model.Name}";
                model.Namespace = ns;
            }
        }

        foreach (var model in models)
        {
            model.Usings = Referenced(model, byName).Select(static m => m.Namespace).Where(ns => ns != model.Namespace).Distinct().Order(StringComparer.Ordinal).ToArray();
        }

        var placed = services.Select(s => s with
        {
            Operations = s.Operations.Select(o => o with
            {
                RequestType = Renamed(o.RequestType, renames),
                AnswerType = Renamed(o.AnswerType, renames),
            }).ToArray(),
        }).ToArray();
        return (placed, models.ToArray());
    }

    /// <summary>The type text with every moved model's name replaced, inside generic arguments too (a map answer).</summary>
    private static string? Renamed(string? type, Dictionary<string, string> renames) =>
        type is null ? null : QualifiedName().Replace(type, m => renames.TryGetValue(m.Value, out var renamed) ? renamed : m.Value);

    private static IEnumerable<ModelDefinition> Referenced(ModelDefinition model, Dictionary<string, ModelDefinition> byName) =>
        model.Properties
            .SelectMany(static p => Identifier().Matches(p.Type).Select(static m => m.Value))
            .Select(name => byName.GetValueOrDefault(name))
            .OfType<ModelDefinition>()
            .Where(m => m.Name != model.Name)
            .Distinct();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"[\w.]+")]
    private static partial Regex QualifiedName();
}

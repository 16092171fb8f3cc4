using Cmfbl.Sdk.Generator.Overlay;

namespace Cmfbl.Sdk.Generator.Model;

/// <summary>A family resolved: its services and operations, the models it generates, and what it leaves out.</summary>
internal sealed record ApiFamily(
    FamilyOverlay Overlay,
    string OverlayFile,
    IReadOnlyList<ApiService> Services,
    IReadOnlyList<ModelDefinition> Models,
    IReadOnlyDictionary<string, string> Excluded)
{
    public string Name => Overlay.Family;

    public string ModelsNamespace => Overlay.Namespace + ".Models";

    public IEnumerable<ApiOperation> Operations => Services.SelectMany(static s => s.Operations);
}

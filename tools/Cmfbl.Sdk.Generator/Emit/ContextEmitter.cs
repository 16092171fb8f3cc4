using Cmfbl.Sdk.Generator.Model;
using Cmfbl.Sdk.Generator.Overlay;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>Writes the generated part of the source-generated JSON context: every request and answer type of every family's operations.</summary>
internal static class ContextEmitter
{
    public static string Emit(IReadOnlyList<ApiFamily> families, CommonOverlay common)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var op in families.SelectMany(static f => f.Operations))
        {
            if (op.RequestType is { } request)
            {
                types.Add(request);
            }

            // Every answer type, lists of scalars included (IReadOnlyList<string> was once assumed built in and was
            // missing from the context, so cancelPboOrder's answer could not be read); the set drops repeats.
            if (op.ContextType is { } answer)
            {
                types.Add(answer);
            }
        }

        foreach (var type in common.JsonTypes)
        {
            types.Add(type);
        }

        foreach (var model in families.SelectMany(static f => f.Models))
        {
            types.Add(model.FullName);
        }

        var w = new CodeWriter();
        w.Header(string.Join(", ", families.Select(static f => f.OverlayFile)));
        w.Line();
        w.Line("using System.Text.Json;");
        w.Line("using System.Text.Json.Serialization;");
        w.Line("using Cmfbl.Sdk.Pagination;");
        w.Line();
        w.Line("namespace Cmfbl.Sdk.Serialization.Internal;");
        w.Line();
        w.Doc("content", "The request and answer types of every generated operation, and the types listed in common.yaml.");
        foreach (var type in types)
        {
            w.Line($"[JsonSerializable(typeof({type}))]");
        }

        w.Line("internal sealed partial class CmfblJsonContext");
        w.Line("{");
        w.Line("}");
        return w.ToString();
    }
}

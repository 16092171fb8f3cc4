using Cmfbl.Sdk.Generator.Model;
using Cmfbl.Sdk.Generator.Overlay;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>
/// Writes the source-generated JSON contexts: one per family (every request and answer type of its operations and its
/// models) and the common one (the types of common.yaml and everything no family owns), plus the routing the SDK's
/// resolver uses to find a type's context. A type belongs to the first family whose namespace it names, its generic
/// arguments included (<c>PagedResult&lt;Cmfbl.Sdk.ManagerApi.Models.CustomerRecord&gt;</c> is the Manager API's), so an
/// application that calls one family compiles one family's type lookup, not the whole surface's.
/// </summary>
internal static class ContextEmitter
{
    /// <summary>The common context's class (hand-written part: src/Cmfbl.Sdk/Serialization/Internal/CmfblJsonContext.cs).</summary>
    public const string CommonContext = "CmfblJsonContext";

    private const string Folder = "src/Cmfbl.Sdk/Serialization/Internal/Generated";

    /// <summary>The files to write, by path.</summary>
    /// <param name="families">The families.</param>
    /// <param name="common">common.yaml.</param>
    /// <param name="commonContextSource">The hand-written part of the common context, whose
    /// <c>[JsonSourceGenerationOptions]</c> every family context repeats: one set of options for every context.</param>
    public static IEnumerable<(string Path, string Text)> Emit(IReadOnlyList<ApiFamily> families, CommonOverlay common, string commonContextSource)
    {
        var options = OptionsAttribute(commonContextSource);
        var sources = string.Join(", ", families.Select(static f => f.OverlayFile));
        var types = families.ToDictionary(static f => f.Name, static _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var commonTypes = new SortedSet<string>(StringComparer.Ordinal);
        void Add(string type) => (OwnerOf(type, families) is { } owner ? types[owner.Name] : commonTypes).Add(type);

        foreach (var op in families.SelectMany(static f => f.Operations))
        {
            if (op.RequestType is { } request)
            {
                Add(request);
            }

            // Every answer type, lists of scalars included (IReadOnlyList<string> was once assumed built in and was
            // missing from the context, so cancelPboOrder's answer could not be read); the set drops repeats.
            if (op.ContextType is { } answer)
            {
                Add(answer);
            }
        }

        foreach (var type in common.JsonTypes)
        {
            Add(type);
        }

        foreach (var model in families.SelectMany(static f => f.Models))
        {
            Add(model.FullName);
        }

        yield return ($"{Folder}/{CommonContext}.Operations.cs", Context(sources, CommonContext, commonTypes, "The types listed in common.yaml, and every request and answer type no family owns.", null));
        foreach (var family in families)
        {
            yield return ($"{Folder}/{ContextOf(family)}.cs", Context(sources, ContextOf(family), types[family.Name], $"The request and answer types of the {family.Name} family's operations, and its models.", options));
        }

        yield return ($"{Folder}/CmfblJsonResolver.Families.cs", Routing(sources, families));
    }

    /// <summary>The family that owns a type name: the first family namespace it contains, at a namespace boundary.</summary>
    public static ApiFamily? OwnerOf(string type, IReadOnlyList<ApiFamily> families)
    {
        ApiFamily? owner = null;
        var first = int.MaxValue;
        foreach (var family in families)
        {
            var prefix = family.Overlay.Namespace + ".";
            for (var at = type.IndexOf(prefix, StringComparison.Ordinal); at >= 0 && at < first; at = type.IndexOf(prefix, at + 1, StringComparison.Ordinal))
            {
                if (at == 0 || !IsNamePart(type[at - 1]))
                {
                    (owner, first) = (family, at);
                    break;
                }
            }
        }

        return owner;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    private static string ContextOf(ApiFamily family) => family.Name + "JsonContext";

    /// <summary>The <c>[JsonSourceGenerationOptions(…)]</c> attribute of the hand-written common context, as written there.</summary>
    private static string[] OptionsAttribute(string source)
    {
        var lines = source.Split('\n').Select(static l => l.TrimEnd('\r')).ToArray();
        var start = Array.FindIndex(lines, static l => l.StartsWith("[JsonSourceGenerationOptions(", StringComparison.Ordinal));
        var end = start < 0 ? -1 : Array.FindIndex(lines, start, static l => l.TrimEnd().EndsWith(")]", StringComparison.Ordinal));
        return start < 0 || end < 0
            ? throw new InvalidOperationException($"The common context ({CommonContext}.cs) has no [JsonSourceGenerationOptions(...)] attribute for the family contexts to repeat.")
            : lines[start..(end + 1)];
    }

    /// <param name="options">The options attribute's lines for a family context; <see langword="null"/> for the common context's generated part (its hand-written part has them).</param>
    private static string Context(string sources, string name, SortedSet<string> types, string summary, string[]? options)
    {
        var declaresBase = options is not null;
        var w = new CodeWriter();
        w.Header(sources);
        w.Line();
        w.Line("using System.Text.Json;");
        w.Line("using System.Text.Json.Serialization;");
        w.Line("using Cmfbl.Sdk.Pagination;");
        w.Line();
        w.Line("namespace Cmfbl.Sdk.Serialization.Internal;");
        w.Line();
        if (declaresBase)
        {
            w.Doc("summary", summary + " Its options repeat the common context's (CmfblJsonContext.cs).");
            foreach (var line in options!)
            {
                w.Line(line);
            }
        }
        else
        {
            w.Doc("content", summary);
        }

        foreach (var type in types)
        {
            w.Line($"[JsonSerializable(typeof({type}))]");
        }

        w.Line(declaresBase ? $"internal sealed partial class {name} : JsonSerializerContext" : $"internal sealed partial class {name}");
        w.Line("{");
        w.Line("}");
        return w.ToString();
    }

    private static string Routing(string sources, IReadOnlyList<ApiFamily> families)
    {
        var w = new CodeWriter();
        w.Header(sources);
        w.Line();
        w.Line("using System.Text.Json.Serialization;");
        w.Line();
        w.Line("namespace Cmfbl.Sdk.Serialization.Internal;");
        w.Line();
        w.Doc("content", "Which context holds the types of each family's namespace.");
        w.Open("internal sealed partial class CmfblJsonResolver");
        w.Doc("summary", "Every context, the common one first: where a type its owner does not hold is looked for.");
        w.Line($"private static JsonSerializerContext[] AllContexts => [{string.Join(", ", new[] { CommonContext }.Concat(families.Select(ContextOf)).Select(static c => c + ".Default"))}];");
        w.Line();
        w.Doc("summary", "The context of the family whose namespace <paramref name=\"ns\"/> is or is inside, or <see langword=\"null\"/>.");
        w.Open("private static JsonSerializerContext? FamilyContext(string ns)");
        foreach (var family in families)
        {
            w.Open($"if (IsInside(ns, \"{family.Overlay.Namespace}\"))");
            w.Line($"return {ContextOf(family)}.Default;");
            w.Close();
            w.Line();
        }

        w.Line("return null;");
        w.Close();
        w.Close();
        return w.ToString();
    }
}

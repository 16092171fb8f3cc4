using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// The SDK's JSON metadata, split by family: a type is looked up in the context of the family that owns it (its
/// namespace, or the first generic argument a family owns: <c>PagedResult&lt;CustomerRecord&gt;</c> is the Manager API's),
/// everything else in the common context. A source-generated context finds a type by testing it against every type it
/// holds, one after the other, in one method the JIT compiles on first use; one context for the whole surface (~800
/// types) cost 17–21 ms of JIT on the first call (<c>--cold-jit json-switch</c>), paid by every application whatever
/// family it calls. Split, an application compiles the lookups of the families it calls. A type its owner does not hold
/// is looked for in the other contexts, so nothing is lost if the split is wrong, only time.
/// </summary>
internal sealed partial class CmfblJsonResolver : IJsonTypeInfoResolver
{
    private CmfblJsonResolver()
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static CmfblJsonResolver Instance { get; } = new();

    /// <summary>
    /// Gets the options every model is read and written with: the common context's (web defaults, the SDK's lenient
    /// converters) over this resolver. Read-only.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        IJsonTypeInfoResolver owner = OwnerOf(type) ?? CmfblJsonContext.Default;
        if (owner.GetTypeInfo(type, options) is { } info)
        {
            return info;
        }

        foreach (IJsonTypeInfoResolver context in AllContexts)
        {
            if (!ReferenceEquals(context, owner) && context.GetTypeInfo(type, options) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The context of the family that owns <paramref name="type"/>, or <see langword="null"/> for the common context.</summary>
    internal static JsonSerializerContext? OwnerOf(Type type)
    {
        if (type.IsArray)
        {
            return OwnerOf(type.GetElementType()!);
        }

        if (type.Namespace is { } ns && FamilyContext(ns) is { } family)
        {
            return family;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                if (OwnerOf(argument) is { } owner)
                {
                    return owner;
                }
            }
        }

        return null;
    }

    private static bool IsInside(string ns, string family) =>
        ns.StartsWith(family, StringComparison.Ordinal) && (ns.Length == family.Length || ns[family.Length] == '.');

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CmfblJsonContext.Default.Options) { TypeInfoResolver = Instance };
        options.MakeReadOnly();
        return options;
    }
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The gateway's paging: <c>current</c> (1-based, default 1) and <c>size</c> (default 20) in, <c>{current, size, total, records}</c> out.</summary>
internal static class Paging
{
    private const int DefaultSize = 20;
    private const int MaxSize = 2000;

    public static (long Current, long Size) Read(JsonObject body) =>
    (
        JsonRead.Int64(body, "current") is { } c and > 0 ? c : 1,
        JsonRead.Int64(body, "size") is { } s and > 0 ? Math.Min(s, MaxSize) : DefaultSize
    );

    /// <summary>The items of page <paramref name="current"/> (empty past the end).</summary>
    public static IEnumerable<T> Slice<T>(IReadOnlyList<T> items, long current, long size)
    {
        var skip = (current - 1) * size;
        return skip >= items.Count ? [] : items.Skip((int)skip).Take((int)size);
    }

    /// <summary>The requested page of <paramref name="items"/> as the gateway's page object.</summary>
    public static JsonObject Page<T>(IReadOnlyList<T> items, (long Current, long Size) page, Func<T, JsonNode> record) => new()
    {
        ["current"] = page.Current,
        ["size"] = page.Size,
        ["total"] = items.Count,
        ["records"] = new JsonArray([.. Slice(items, page.Current, page.Size).Select(record)]),
    };
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Timestamps on the wire: Unix milliseconds.</summary>
internal static class UnixTime
{
    public static JsonNode Ms(DateTimeOffset time) => JsonValue.Create(time.ToUnixTimeMilliseconds());

    public static JsonNode? Ms(DateTimeOffset? time) => time is { } value ? Ms(value) : null;
}

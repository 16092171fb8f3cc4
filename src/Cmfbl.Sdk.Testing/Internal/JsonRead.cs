using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Tolerant reads from a request body: numbers may come as strings and strings as numbers; null means absent.</summary>
internal static class JsonRead
{
    /// <summary>The value as text; empty or whitespace-only text counts as absent.</summary>
    public static string? Text(JsonObject body, string name)
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is not JsonValue value)
        {
            return null;
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static long? Int64(JsonObject body, string name) =>
        Text(body, name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static decimal? Decimal(JsonObject body, string name) =>
        Text(body, name) is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static bool? Boolean(JsonObject body, string name) =>
        Text(body, name) is { } text && bool.TryParse(text, out var flag) ? flag : null;

    /// <summary>True when the property is present with a non-null value.</summary>
    public static bool Has(JsonObject body, string name) => body.TryGetPropertyValue(name, out var node) && node is not null;
}

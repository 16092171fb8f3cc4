using System.Text.Json;

namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>
/// Writes the gateway's reply envelope <c>{code, msg, bizCode, tm, trace, msgParams, data, ok, fail}</c> (REFERENCE
/// §2.1): <c>code</c> "0" is success, <c>ok</c>/<c>fail</c> follow it, <c>trace</c> echoes the request's.
/// </summary>
internal static class GatewayEnvelope
{
    /// <summary>Writes the envelope; <paramref name="writeData"/> writes the <c>data</c> value, or <c>null</c> is written.</summary>
    public static async Task WriteAsync(
        HttpResponse response,
        int statusCode,
        string code,
        string message,
        string bizCode,
        string? trace,
        long elapsedMilliseconds,
        Action<Utf8JsonWriter>? writeData)
    {
        var success = code == "0";
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(response.BodyWriter);
        await using var _ = writer.ConfigureAwait(false);
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("msg", message);
        writer.WriteString("bizCode", bizCode);
        writer.WriteNumber("tm", elapsedMilliseconds);
        writer.WriteString("trace", trace ?? string.Empty);
        writer.WriteNull("msgParams");
        writer.WritePropertyName("data");
        if (writeData is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writeData(writer);
        }

        writer.WriteBoolean("ok", success);
        writer.WriteBoolean("fail", !success);
        writer.WriteEndObject();
        await writer.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}

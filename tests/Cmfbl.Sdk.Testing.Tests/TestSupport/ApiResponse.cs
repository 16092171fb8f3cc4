using System.Net;
using System.Text.Json;

namespace Cmfbl.Sdk.Testing.Tests.TestSupport;

/// <summary>A raw HTTP answer from the fake, with the envelope parsed when the body is JSON.</summary>
public sealed class ApiResponse
{
    public ApiResponse(HttpResponseMessage message, string body)
    {
        Message = message;
        Body = body;
        try
        {
            Json = body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            Json = null;
        }
    }

    public HttpResponseMessage Message { get; }

    public HttpStatusCode Status => Message.StatusCode;

    public string Body { get; }

    public JsonElement? Json { get; }

    public JsonElement Envelope => Json ?? throw new InvalidOperationException("The body is not JSON: " + Body);

    public string Code => Envelope.GetProperty("code").GetString()!;

    public JsonElement Data => Envelope.GetProperty("data");

    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : Message.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;

    /// <summary>Asserts HTTP 200 and code "0", and returns data.</summary>
    public JsonElement Ok()
    {
        Assert.True(Status == HttpStatusCode.OK && Code == "0", $"Expected success, got {(int)Status}: {Body}");
        return Data;
    }

    /// <summary>Asserts HTTP 200 with an error envelope of the given code and module.</summary>
    public void AssertError(string code, string bizCode)
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected HTTP 200, got {(int)Status}: {Body}");
        Assert.Equal(code, Code);
        Assert.Equal(bizCode, Envelope.GetProperty("bizCode").GetString());
        Assert.False(Envelope.GetProperty("ok").GetBoolean());
        Assert.True(Envelope.GetProperty("fail").GetBoolean());
    }
}

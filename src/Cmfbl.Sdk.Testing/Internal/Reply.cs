using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The HTTP answer to send: status, headers, body, and what the journal records about it.</summary>
internal sealed class Reply
{
    public int StatusCode { get; init; } = 200;

    public string Body { get; init; } = string.Empty;

    public string? ContentType { get; init; } = "application/json";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The envelope code, when the body is an envelope.</summary>
    public string? ResultCode { get; init; }

    /// <summary>Abort the connection instead of answering.</summary>
    public bool Abort { get; init; }

    public FakeFault? Fault { get; init; }

    public static Reply FromEnvelope(JsonObject envelope, int statusCode = 200) => new()
    {
        StatusCode = statusCode,
        Body = envelope.ToJsonString(),
        ResultCode = envelope["code"]?.GetValue<string>(),
    };
}

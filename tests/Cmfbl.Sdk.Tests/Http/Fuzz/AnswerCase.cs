using System.Net;

namespace Cmfbl.Sdk.Tests.Http.Fuzz;

/// <summary>One answer the fuzzer sends: status, headers, body, and what the call must do with it.</summary>
public sealed record AnswerCase(string Family, string What, HttpStatusCode Status, byte[] Body, AnswerExpectation Expect)
{
    /// <summary>Gets the content type, none when null (the default is JSON).</summary>
    public string? ContentType { get; init; } = "application/json; charset=utf-8";

    /// <summary>Gets the response headers to add, as sent (no validation).</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public HttpResponseMessage ToResponse()
    {
        var content = new ByteArrayContent(Body);
        if (ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        var response = new HttpResponseMessage(Status) { Content = content };
        foreach (var (name, value) in Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public override string ToString() => $"[{Family}] {What} (HTTP {(int)Status})";
}

using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Turns a quote endpoint's call into what the quote service reads: the quote token as the <c>token</c> query parameter
/// and <c>{"trace": …, "data": &lt;the request&gt;}</c> as the URL-encoded JSON <c>query</c> parameter, or as the body
/// (<see cref="QuoteRequestForm"/>). Done once per call, before any retry, so every attempt sends the same request.
/// </summary>
internal static class QuoteRequests
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <exception cref="CmfblInvalidRequestException">No quote token is configured; nothing is sent.</exception>
    public static async Task PrepareAsync(HttpRequestMessage request, OperationDescriptor operation, string trace, string? quoteToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(quoteToken))
        {
            throw new CmfblInvalidRequestException(
                $"{operation.BizType} is a quote endpoint, which takes the separately issued quote token: set CmfblOptions.ManagerApi.QuoteToken (ask the vendor for one). Nothing was sent.",
                new CmfblErrorContext(operation.BizType, trace, null));
        }

        var data = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new ArrayBufferWriter<byte>(data.Length + trace.Length + 32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("trace"u8, trace);
            writer.WritePropertyName("data"u8);
            writer.WriteRawValue(data.Length == 0 ? "{}"u8 : data);
            writer.WriteEndObject();
        }

        request.Content?.Dispose();
        var query = "token=" + Uri.EscapeDataString(quoteToken);
        if (operation.Quote == QuoteRequestForm.Query)
        {
            query += "&query=" + Uri.EscapeDataString(Encoding.UTF8.GetString(buffer.WrittenSpan));
            request.Content = null;
        }
        else
        {
            request.Content = new ByteArrayContent(buffer.WrittenSpan.ToArray()) { Headers = { ContentType = JsonContentType } };
        }

        request.RequestUri = new Uri(request.RequestUri!.GetLeftPart(UriPartial.Path) + "?" + query);
    }
}

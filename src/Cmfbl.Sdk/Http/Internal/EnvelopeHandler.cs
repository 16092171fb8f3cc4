using System.Net.Http.Headers;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The innermost handler: reads the answer once, turns HTTP errors and error envelopes into SDK exceptions, and on
/// success replaces the content with the raw bytes of <c>data</c>, so Refit deserializes straight into the method's
/// return type with no second parse of the whole body.
/// </summary>
internal sealed class EnvelopeHandler : DelegatingHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeHeaderValue Text = new("text/plain") { CharSet = "utf-8" };

    /// <summary>
    /// The content handed to Refit. A JSON string is handed over unescaped, as text: Refit returns the content of a
    /// <c>Task&lt;string&gt;</c> method as it is, and for any other type the unquoted text still parses (<c>"1"</c> → 1).
    /// A missing or null <c>data</c> is handed over as no content: a string method gets <c>""</c> (not the text
    /// <c>null</c>), any other type its default.
    /// </summary>
    private static HttpContent DataContent(PooledBody body, JsonSlice data, CmfblErrorContext context, EnvelopeResume? modelData)
    {
        if (!data.IsPresent || data.TokenType == System.Text.Json.JsonTokenType.Null)
        {
            return new ByteArrayContent([]) { Headers = { ContentType = Text } };
        }

        if (data.TokenType == System.Text.Json.JsonTokenType.String)
        {
            var reader = new System.Text.Json.Utf8JsonReader(body.Span.Slice(data.Start, data.Length));
            reader.Read();
            var text = new byte[reader.ValueSpan.Length];
            var written = reader.CopyString(text);
            return new ByteArrayContent(text, 0, written) { Headers = { ContentType = Text } };
        }

        return body.Detach(data.Start, data.Length, Json, modelData is { } resume ? new PendingModel(context, resume) : null);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = request.GetOperation();
        request.Options.Set(RequestOptionKeys.Sent, true);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        PooledBody body;
        try
        {
            body = await PooledBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        using var owned = body;
        var trace = request.GetTrace();
        var context = new CmfblErrorContext(operation.BizType, trace, response.StatusCode);
        var isEnvelope = EnvelopeReader.TryRead(
            body.Span, stopAtModelData: operation.ReadsModel && response.IsSuccessStatusCode, out var envelope, out var modelData);
        if (isEnvelope && envelope.Code.IsSuccessCode(body.Span) && response.IsSuccessStatusCode)
        {
            var data = DataContent(body, envelope.Data, context, modelData);
            response.Content.Dispose();
            response.Content = data;
            return response;
        }

        using (response)
        {
            var bytes = body.Span;
            if (isEnvelope && !envelope.Code.IsSuccessCode(bytes))
            {
                var error = new CmfblApiError(
                    envelope.Code.GetText(bytes) ?? string.Empty,
                    envelope.BizCode.GetText(bytes),
                    envelope.Msg.GetText(bytes),
                    envelope.MsgParams.GetText(bytes));
                throw ErrorFactory.FromEnvelope(error, context with { Trace = envelope.Trace.GetText(bytes) is { Length: > 0 } echoed ? echoed : trace }, response.Headers);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw ErrorFactory.FromStatus(response.StatusCode, context, response.Headers);
            }

            throw ErrorFactory.NotAnEnvelope(context, bytes);
        }
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The last step of an attempt: sends the request on, reads the answer once, turns HTTP errors and error envelopes into SDK exceptions, and on
/// success replaces the content with the raw bytes of <c>data</c>, so Refit deserializes straight into the method's
/// return type with no second parse of the whole body. A throttling status (429, 418) wins over whatever the body says.
/// </summary>
internal static class EnvelopeExchange
{
    /// <summary>Sends <paramref name="call"/>'s request through <paramref name="network"/>; returns the answer with <c>data</c> as its content, or throws the SDK exception the answer means.</summary>
    public static async ValueTask<HttpResponseMessage> SendAsync(CallState call, INetworkSender network, CancellationToken cancellationToken)
    {
        var request = call.Request;
        var operation = call.Operation;
        call.Sent = true;
        var response = await network.SendToNetworkAsync(request, cancellationToken).ConfigureAwait(false);
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
        var context = new CmfblErrorContext(operation.BizType, request.GetTrace(), response.StatusCode);
        var success = response.IsSuccessStatusCode;
        // A quote endpoint answers {ret, msg, trace, data}: read by its own reader, handled like the gateway envelope after that.
        EnvelopeResume? modelData = null;
        var isEnvelope = operation.IsQuote
            ? QuoteEnvelopeReader.TryRead(body.Span, out var envelope)
            : EnvelopeReader.TryRead(body.Span, success && operation.Model is not null ? ModelStart(operation) : null, out envelope, out modelData);
        var succeeded = isEnvelope && (operation.IsQuote ? QuoteEnvelopeReader.IsSuccess(envelope, body.Span) : envelope.Code.IsSuccessCode(body.Span));
        if (succeeded && success)
        {
            var data = modelData is { } resume && operation.Model is { } model
                ? new ModelContent(OnePassModel.Read(body.Span, resume, model, context, operation))
                : EnvelopeData.Content(body, envelope.Data, context, operation);
            if (data is not ModelContent && operation.Answer is not (AnswerShape.Text or AnswerShape.None))
            {
                // Refit's serializer reads this answer after the call: should it not fit, the error names the operation.
                request.Options.Set(RequestOptionKeys.Call, call);
            }

            response.Content.Dispose();
            response.Content = data;
            return response;
        }

        using (response)
        {
            var bytes = body.Span;
            var error = isEnvelope && !succeeded
                ? new CmfblApiError(envelope.Code.GetText(bytes) ?? string.Empty, envelope.BizCode.GetText(bytes), envelope.Msg.GetText(bytes), envelope.MsgParams.GetText(bytes))
                : null;
            var echoed = isEnvelope && envelope.Trace.GetText(bytes) is { Length: > 0 } echo && HeaderValues.IsValid(echo) ? context with { Trace = echo } : context;
            if ((int)response.StatusCode is 429 or 418 || (error is null && !success))
            {
                throw ErrorFactory.FromStatus(response.StatusCode, echoed, response.Headers, operation, error);
            }

            if (error is not null)
            {
                throw ErrorFactory.FromEnvelope(error, echoed, response.Headers, operation);
            }

            throw ErrorFactory.NotAnEnvelope(context, bytes, operation);
        }
    }

    /// <summary>Where the envelope reader may stop to let the model be read in one pass: at an object for a model or a page, at an array for a list.</summary>
    private static JsonTokenType? ModelStart(OperationDescriptor operation) => operation.Answer switch
    {
        AnswerShape.Model or AnswerShape.Page => JsonTokenType.StartObject,
        AnswerShape.List => JsonTokenType.StartArray,
        _ => null,
    };
}

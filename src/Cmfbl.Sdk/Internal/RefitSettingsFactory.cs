using System.Text.Json;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Serialization.Internal;
using Refit;

namespace Cmfbl.Sdk.Internal;

/// <summary>
/// The one Refit configuration of the SDK: source-generated JSON, buffered request bodies (so a replay can resend
/// them), and exception factories that let the SDK's own exceptions through and never surface a Refit type.
/// </summary>
internal static class RefitSettingsFactory
{
    public static RefitSettings Create()
    {
        var settings = RefitSettings.ForJsonContext(CmfblJsonContext.Default);
        settings.RequestBodySerialization = RequestBodySerializationMode.Buffered;
        settings.TransportExceptionFactory = static (request, exception, cancellationToken) => exception switch
        {
            CmfblException or InvalidOperationException => exception,
            OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
            _ => TransportErrors.Translate(exception, request, timedOut: exception is OperationCanceledException),
        };
        settings.ExceptionFactory = static response => ValueTask.FromResult<Exception?>(
            response.IsSuccessStatusCode ? null : ErrorFactory.FromStatus(response.StatusCode, Context(response), response.Headers));
        settings.DeserializationExceptionFactory = static (response, exception) => ValueTask.FromResult<Exception?>(
            exception as CmfblException ?? ErrorFactory.DataShape(Context(response), exception));
        settings.ContentSerializer = new EnvelopeDataSerializer((SystemTextJsonContentSerializer)settings.ContentSerializer);
        return settings;
    }

    private static CmfblErrorContext Context(HttpResponseMessage response)
    {
        var request = response.RequestMessage;
        var operation = request is not null && request.Options.TryGetValue(RequestOptionKeys.Operation, out var op) ? op : null;
        return new CmfblErrorContext(operation?.BizType, request?.GetTrace(), response.StatusCode);
    }
}

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
    public static RefitSettings Create(long companyId = 0)
    {
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(CmfblJsonResolver.Options));
        settings.RequestBodySerialization = RequestBodySerializationMode.Buffered;
        settings.TransportExceptionFactory = static (request, exception, cancellationToken) => exception switch
        {
            CmfblException => exception,
            OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
            _ => TransportErrors.Translate(exception, request, call: null, timedOut: exception is OperationCanceledException),
        };
        settings.ExceptionFactory = static response => ValueTask.FromResult<Exception?>(
            response.IsSuccessStatusCode ? null : ErrorFactory.FromStatus(response.StatusCode, Context(response), response.Headers, Operation(response)));
        settings.DeserializationExceptionFactory = static (response, exception) => ValueTask.FromResult<Exception?>(
            exception as CmfblException ?? ErrorFactory.DataShape(Context(response), exception));
        settings.ContentSerializer = new EnvelopeDataSerializer((SystemTextJsonContentSerializer)settings.ContentSerializer, new RequestDefaults(companyId));
        return settings;
    }

    private static CmfblErrorContext Context(HttpResponseMessage response) =>
        new(Operation(response)?.BizType, response.RequestMessage?.GetTrace(), response.StatusCode);

    private static OperationDescriptor? Operation(HttpResponseMessage response) =>
        response.RequestMessage?.FindOperation();
}

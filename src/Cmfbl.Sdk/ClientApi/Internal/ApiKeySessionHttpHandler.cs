using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>
/// The transport of one Open API session: marks each request with the session's API key (the attempt step signs
/// each attempt with it), then sends it through the Open API's pooled handler chain.
/// </summary>
internal sealed class ApiKeySessionHttpHandler(IHttpMessageHandlerFactory handlers, ApiKeyCredential key) : HttpMessageHandler
{
    private volatile bool _closed;

    public bool IsClosed => _closed;

    public void Close() => _closed = true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_closed)
        {
            throw new CmfblInvalidRequestException(
                "This Open API session was ended (LogoutAsync), so the call was not sent. Open a new one with ICustomerSessions.FromApiKey.",
                new CmfblErrorContext(null, null, null));
        }

        request.Options.Set(RequestOptionKeys.ApiKey, key);
        using var invoker = new HttpMessageInvoker(handlers.CreateHandler(SdkRuntime.OpenApiClientName), disposeHandler: false);
        return await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>
/// The transport of one customer session: marks each request with the session's token source, then sends it through
/// the Client API's pooled handler chain (taken from the factory per request, so pooled connections still rotate).
/// </summary>
internal sealed class SessionHttpHandler(IHttpMessageHandlerFactory handlers, SessionTokenSource tokens) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(RequestOptionKeys.TokenSource, (ITokenSource)tokens);
        using var invoker = new HttpMessageInvoker(handlers.CreateHandler(SdkRuntime.ClientClientName), disposeHandler: false);
        return await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

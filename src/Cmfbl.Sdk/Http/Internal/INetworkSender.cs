namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Sends one attempt's request on: through the handlers the application added to the family's client, then the
/// primary handler. The call handler is the one implementation (its inner handler chain).
/// </summary>
internal interface INetworkSender
{
    /// <summary>Sends <paramref name="request"/> once, as it is.</summary>
    Task<HttpResponseMessage> SendToNetworkAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}

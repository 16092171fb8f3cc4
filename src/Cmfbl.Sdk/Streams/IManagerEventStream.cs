using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// The Manager data push (<c>wss://{host}/openapi-b/ws</c>) as a typed stream: every customer, KYC, account, ledger,
/// position, deal, deposit, adjustment and withdrawal change of the company. Registered by <c>AddCmfblSdk</c> (and on
/// <see cref="CmfblClient.Streams"/>); it authenticates with the Manager API token, renewed when refused.
/// </summary>
/// <remarks>
/// The <c>group</c> is a durable consumer on the service: events are kept for 168 hours and a group that reconnects
/// gets what it missed; a new group starts from now. Use one group per connection: a second connection with the same
/// group makes the service drop the first. Events are never dropped by the SDK: when the consumer is slow, the
/// stream stops reading the socket (back-pressure) after <see cref="StreamChannelOptions.Capacity"/> events.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A push stream of events, the vendor's and the domain's word; it is an IAsyncEnumerable source, not a System.IO.Stream.")]
public interface IManagerEventStream : ICmfblStream
{
    /// <summary>
    /// Connects as <paramref name="group"/> and returns its events as they arrive. Ending the enumeration closes the
    /// connection; the service keeps the group's later events for when it connects again.
    /// </summary>
    /// <param name="group">The durable consumer name, or <see langword="null"/> for <see cref="ManagerEventStreamOptions.Group"/>.</param>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    /// <returns>The events; a frame that cannot be read arrives as a <see cref="ManagerStreamError"/>.</returns>
    /// <exception cref="ArgumentException">No group is given or configured.</exception>
    /// <exception cref="InvalidOperationException">This stream already has a subscription with the same group.</exception>
    /// <exception cref="CmfblAuthenticationException">The Manager token was refused and no new one could be obtained.</exception>
    IAsyncEnumerable<ManagerEvent> SubscribeAsync(string? group = null, CancellationToken cancellationToken = default);
}

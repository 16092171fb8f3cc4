namespace Cmfbl.Sdk.Streams;

/// <summary>
/// What every stream has in common: the connection state the caller can watch, and a clean close. A stream keeps its
/// connections open while something is subscribed, reconnects on its own when they drop, and sends every
/// subscription again after a reconnect.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A push stream of events, the vendor's and the domain's word; it is an IAsyncEnumerable source, not a System.IO.Stream.")]
public interface ICmfblStream : IAsyncDisposable, IDisposable
{
    /// <summary>
    /// Raised on every state change of every connection of the stream (connecting, connected, reconnecting with the
    /// error that caused it, resubscribed with the gap, closed). Handlers run on the connection's own task: keep them
    /// short and do not block.
    /// </summary>
    event EventHandler<StreamStateChangedEventArgs>? StateChanged;

    /// <summary>Gets the state of the stream's connection (for a quote stream with several, the worst of them), or <see langword="null"/> before anything was subscribed.</summary>
    StreamState? State { get; }
}

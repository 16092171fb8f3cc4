using System.Net.WebSockets;
using System.Text;

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>One accepted WebSocket of the fake: serialized sends, abort, and what the channel handler knows about it.</summary>
internal sealed class FakeSocket(WebSocket socket, FakeStreamChannel channel, int id) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public FakeStreamChannel Channel { get; } = channel;

    public int Id { get; } = id;

    public WebSocket Socket { get; } = socket;

    /// <summary>Gets or sets the customer a message socket logged in as (message channel).</summary>
    public long? CustomerId { get; set; }

    /// <summary>Gets or sets the durable group (Manager channel).</summary>
    public string? Group { get; set; }

    /// <summary>Gets the quote subscriptions of this connection (quote channel).</summary>
    public QuoteSubscriptions Quotes { get; } = new();

    /// <summary>Gets the trading modes subscribed with <c>subscribe_asset</c> (message channel).</summary>
    public HashSet<int> AssetTypes { get; } = [];

    public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, cancellationToken);

    /// <summary>
    /// Builds the text while holding the send lock, then sends it: an answer that reads the market (a snapshot) is then
    /// never older than a push this socket already sent, since a push needs the same lock.
    /// </summary>
    public Task SendTextAsync(Func<string> build, CancellationToken cancellationToken) =>
        SendAsync(() => Encoding.UTF8.GetBytes(build()), WebSocketMessageType.Text, cancellationToken);

    public Task SendAsync(byte[] payload, WebSocketMessageType type, CancellationToken cancellationToken) =>
        SendAsync(() => payload, type, cancellationToken);

    private async Task SendAsync(Func<byte[]> payload, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        var acquired = false;
        try
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            acquired = true;
            if (Socket.State == WebSocketState.Open)
            {
                await Socket.SendAsync(payload(), type, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away; its handler ends on its own.
        }
        finally
        {
            if (acquired)
            {
                _sendLock.Release();
            }
        }
    }

    public void Abort() => Socket.Abort();

    public void Dispose() => _sendLock.Dispose();
}

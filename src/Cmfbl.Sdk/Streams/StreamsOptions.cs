namespace Cmfbl.Sdk.Streams;

/// <summary>Settings of the push streams (<c>Cmfbl:Streams</c>): one section per channel, and how they reconnect.</summary>
public sealed class StreamsOptions
{
    /// <summary>Gets the quote WebSocket settings.</summary>
    public QuoteStreamOptions Quotes { get; init; } = new();

    /// <summary>Gets the message push settings.</summary>
    public MessageStreamOptions Messages { get; init; } = new();

    /// <summary>Gets the Manager data push settings.</summary>
    public ManagerEventStreamOptions ManagerEvents { get; init; } = new();

    /// <summary>
    /// Gets or sets the base of the reconnect backoff. The first reconnect is immediate (the vendor asks clients to
    /// reconnect at once); each later one waits a random time up to this value doubled per attempt, capped at
    /// <see cref="ReconnectMaxDelay"/>. The default value is 0.5 seconds.
    /// </summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest wait between reconnect attempts. The default value is 30 seconds.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the WebSocket handshake may take. The default value is 10 seconds.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long disposing waits for the service to answer the close handshake before dropping the connection. The default value is 2 seconds.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Gets or sets how many times in a row the service may refuse a freshly renewed token before the stream gives up
    /// with <see cref="Errors.CmfblAuthenticationException"/>. The default value is 3.
    /// </summary>
    public int MaxTokenRefusals { get; set; } = 3;
}

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// The push streams. Registered by <c>AddCmfblSdk</c> and on <see cref="CmfblClient.Streams"/>; the guest quote stream
/// and the Manager event stream are also registered on their own (<see cref="IQuoteStream"/>, <see cref="IManagerEventStream"/>).
/// </summary>
public interface ICmfblStreams
{
    /// <summary>Gets the quote stream for visitors (<c>/quote_guest</c>, no token), shared by the whole application.</summary>
    IQuoteStream GuestQuotes { get; }

    /// <summary>Gets the Manager data push, authenticated with the Manager API token (needs <c>Cmfbl:ManagerApi:AppId</c> and <c>AppSecret</c>).</summary>
    IManagerEventStream ManagerEvents { get; }

    /// <summary>Creates a quote stream that connects as <paramref name="credentials"/>. Dispose it when done (disposing the container disposes it too).</summary>
    /// <param name="credentials">A customer session or token provider (<c>/quote?token=…</c>), or <see cref="StreamCredentials.Guest"/>.</param>
    /// <param name="market">Crypto and forex (<c>/quote</c>) or stocks (<c>/quote_stock</c>, not for guests).</param>
    /// <returns>The stream; nothing connects until something is subscribed.</returns>
    /// <exception cref="ArgumentException">Guest credentials with <see cref="QuoteMarket.Stocks"/>.</exception>
    IQuoteStream CreateQuoteStream(StreamCredentials credentials, QuoteMarket market = QuoteMarket.CryptoAndForex);

    /// <summary>Creates a customer's message stream. Dispose it when done (disposing the container disposes it too).</summary>
    /// <param name="credentials">A customer session, or a token provider such as the Open API's <c>getMsgPushToken</c>.</param>
    /// <returns>The stream; nothing connects until something is subscribed.</returns>
    /// <exception cref="ArgumentException">Guest credentials.</exception>
    /// <exception cref="InvalidOperationException">Neither <see cref="StreamChannelOptions.Address"/> nor <see cref="MessageStreamOptions.AppId"/> is configured.</exception>
    IMessageStream CreateMessageStream(StreamCredentials credentials);
}

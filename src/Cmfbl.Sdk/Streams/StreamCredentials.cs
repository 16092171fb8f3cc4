using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// Who a quote or message stream connects as: a guest (quotes only), a logged-in customer, or any source of tokens
/// (for example the Open API's <c>getMsgPushToken</c>). When the service refuses a token, the stream asks its source
/// for a new one once and connects again.
/// </summary>
public sealed class StreamCredentials
{
    private readonly string _description;

    private StreamCredentials(ITokenSource? tokens, string description)
    {
        Tokens = tokens;
        _description = description;
    }

    /// <summary>Gets the credentials of a visitor: the quote stream connects to <c>/quote_guest</c> without a token. Not valid for messages.</summary>
    public static StreamCredentials Guest { get; } = new(null, "Guest");

    /// <summary>Gets whether these are <see cref="Guest"/> credentials.</summary>
    public bool IsGuest => Tokens is null;

    /// <summary>Gets the token source, or <see langword="null"/> for a guest.</summary>
    internal ITokenSource? Tokens { get; }

    /// <summary>
    /// Connects with the session's token. When the service refuses it, the session logs in again (if it was opened
    /// with its credentials) and the stream reconnects with the new token.
    /// </summary>
    /// <param name="session">A logged-in customer session (<see cref="ICustomerSessions.LoginAsync"/>).</param>
    /// <returns>The credentials.</returns>
    public static StreamCredentials FromSession(CustomerSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new(session.TokenSource, "Customer session");
    }

    /// <summary>
    /// Connects with tokens from <paramref name="acquireToken"/>: it is called for the first token, and again (once
    /// for all connections) each time the service refuses the current one.
    /// </summary>
    /// <param name="acquireToken">Returns a token, for example the answer of the Open API's <c>getMsgPushToken</c>.</param>
    /// <returns>The credentials.</returns>
    public static StreamCredentials FromTokenProvider(Func<CancellationToken, Task<string>> acquireToken)
    {
        ArgumentNullException.ThrowIfNull(acquireToken);
        return new(new DelegateTokenSource(acquireToken), "Token provider");
    }

    /// <summary>Returns what kind of credentials these are; never a token.</summary>
    /// <returns><c>Guest</c>, <c>Customer session</c> or <c>Token provider</c>.</returns>
    public override string ToString() => _description;
}

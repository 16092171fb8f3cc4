namespace Cmfbl.Sdk.Http.Internal;

/// <summary>Supplies the <c>token</c> header, and renews it once for all concurrent callers when the service rejects it.</summary>
internal interface ITokenSource
{
    /// <summary>Gets the current token, obtaining one first if there is none.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Renews the token after the service rejected <paramref name="rejectedToken"/>. Concurrent callers that saw the
    /// same rejected token share one renewal; a caller whose token was already replaced gets the new one at once.
    /// </summary>
    ValueTask<string> RenewAsync(string rejectedToken, CancellationToken cancellationToken);
}

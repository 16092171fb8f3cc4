using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>A token source backed by the caller's function: one call for the first token and one per refusal, however many connections ask.</summary>
internal sealed class DelegateTokenSource(Func<CancellationToken, Task<string>> acquire) : SingleFlightTokenSource
{
    protected override async Task<string> AcquireAsync(CancellationToken cancellationToken)
    {
        var token = await acquire(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(token)
            ? throw new InvalidOperationException("The stream's token provider returned an empty token.")
            : token;
    }
}

using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>
/// Caches a token and renews it with one request however many callers ask at once. Callers queue on a gate; the
/// first renews, and the ones behind it take its result, token or failure, without calling again.
/// </summary>
internal abstract class SingleFlightTokenSource : ITokenSource, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private long _generation;
    private Exception? _lastFailure;

    /// <summary>Gets the cached token, if any.</summary>
    protected string? CurrentToken => Volatile.Read(ref _token);

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _token) is { } token ? ValueTask.FromResult(token) : new(RenewCoreAsync(null, cancellationToken));

    public ValueTask<string> RenewAsync(string rejectedToken, CancellationToken cancellationToken) =>
        new(RenewCoreAsync(rejectedToken, cancellationToken));

    /// <summary>Forgets the cached token (for example after logout).</summary>
    public void Clear() => Volatile.Write(ref _token, null);

    /// <summary>Sets the token from outside (for example the answer of a login).</summary>
    protected void SetToken(string token)
    {
        Volatile.Write(ref _token, token);
        Interlocked.Increment(ref _generation);
    }

    /// <summary>Obtains a new token from the service.</summary>
    protected abstract Task<string> AcquireAsync(CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
    }

    private async Task<string> RenewCoreAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        var generationSeen = Interlocked.Read(ref _generation);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Interlocked.Read(ref _generation) != generationSeen)
            {
                // Someone renewed while we waited: take their outcome.
                if (_lastFailure is { } failure)
                {
                    throw failure;
                }

                if (Volatile.Read(ref _token) is { } renewed && renewed != rejectedToken)
                {
                    return renewed;
                }
            }
            else if (Volatile.Read(ref _token) is { } existing && existing != rejectedToken)
            {
                // The token was already replaced (or obtained) since this caller last looked: use it.
                return existing;
            }

            try
            {
                var token = await AcquireAsync(cancellationToken).ConfigureAwait(false);
                _lastFailure = null;
                SetToken(token);
                return token;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _lastFailure = exception;
                Interlocked.Increment(ref _generation);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}

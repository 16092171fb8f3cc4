namespace Cmfbl.Sdk.Security.Internal;

/// <summary>
/// The offset between the vendor's clock and the local one, measured with <c>thirdExt/now</c> (the midpoint of the
/// call is taken as the moment the server read its clock). Concurrent refreshes after one rejection share one call.
/// </summary>
internal sealed class ServerClock(TimeProvider timeProvider, Func<ClientApi.Customers.IGuestApiKeyService> serverTime) : IServerClock, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _offsetTicks;
    private long _synchronizedAtTicks;
    private long _version;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public DateTimeOffset? LastSynchronized => Interlocked.Read(ref _synchronizedAtTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Gets a number that changes with every synchronisation, so a caller can tell whether one happened since it signed.</summary>
    public long Version => Interlocked.Read(ref _version);

    public DateTimeOffset GetServerTime() => timeProvider.GetUtcNow() + Offset;

    public Task SynchronizeAsync(CancellationToken cancellationToken = default) => SynchronizeAsync(Version, cancellationToken);

    /// <summary>Synchronises, unless another caller did since <paramref name="versionSeen"/>.</summary>
    public async Task SynchronizeAsync(long versionSeen, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Version != versionSeen)
            {
                return;
            }

            var before = timeProvider.GetUtcNow();
            var server = await serverTime().NowAsync(cancellationToken).ConfigureAwait(false);
            var after = timeProvider.GetUtcNow();
            var local = before + ((after - before) / 2);
            Interlocked.Exchange(ref _offsetTicks, (DateTimeOffset.FromUnixTimeMilliseconds(server) - local).Ticks);
            Interlocked.Exchange(ref _synchronizedAtTicks, after.UtcTicks);
            Interlocked.Increment(ref _version);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>
/// Remembers an HTTP 418 ban of one API family: until it ends, no call goes out. One per family per container.
/// </summary>
internal sealed class BanGate(TimeProvider timeProvider)
{
    private long _bannedUntilTicks;

    /// <summary>Starts (or extends) a ban of <paramref name="duration"/> from now.</summary>
    public void Ban(TimeSpan duration)
    {
        var until = timeProvider.GetUtcNow().Add(duration).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _bannedUntilTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _bannedUntilTicks, until, current) != current);
    }

    /// <summary>Gets whether a ban is in force, and how much of it is left.</summary>
    public bool IsBanned(out TimeSpan remaining)
    {
        remaining = new DateTimeOffset(Interlocked.Read(ref _bannedUntilTicks), TimeSpan.Zero) - timeProvider.GetUtcNow();
        return remaining > TimeSpan.Zero;
    }
}

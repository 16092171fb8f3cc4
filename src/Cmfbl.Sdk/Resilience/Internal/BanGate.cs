namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>
/// Remembers an HTTP 418 ban of one API family: until it ends, no call goes out. One per family per container. The
/// vendor escalates bans (5 minutes, then 10, and so on), so a ban without a stated window lasts the default times
/// the number of bans since the last call that succeeded.
/// </summary>
internal sealed class BanGate(TimeProvider timeProvider)
{
    private long _bannedUntilTicks;
    private int _strikes;

    /// <summary>Gets how many bans came since the last success.</summary>
    public int Strikes => Volatile.Read(ref _strikes);

    /// <summary>Starts a ban after an HTTP 418: <paramref name="stated"/> when the answer named one, else <paramref name="defaultBan"/> × the bans so far.</summary>
    /// <returns>The ban's length.</returns>
    public TimeSpan Strike(TimeSpan? stated, TimeSpan defaultBan)
    {
        var strikes = Interlocked.Increment(ref _strikes);
        var duration = stated ?? defaultBan * strikes;
        Ban(duration);
        return duration;
    }

    /// <summary>Forgets earlier bans after a call succeeded: the next ban starts at the default length again.</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _strikes) != 0)
        {
            Interlocked.Exchange(ref _strikes, 0);
        }
    }

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

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// A call's time limit: one cancellation source, cancelled by its timer at the limit or when the caller cancels.
/// With the system clock the source is reused: at the end of a call whose limit neither expired nor was cancelled, the
/// source is reset (its timer stopped, every registration on it removed, <see cref="CancellationTokenSource.TryReset"/>)
/// and kept for the next call on the thread, so a call allocates no source, timer or registration list of its own. A
/// source that was cancelled is never reused. Nothing holds the call's token after the call: its attempts, their
/// answers' bodies and any token renewal it waited for have all ended by then.
/// </summary>
internal readonly struct CallTimeLimit : IDisposable
{
    [ThreadStatic]
    private static CancellationTokenSource? t_spare;

    private readonly CancellationTokenSource _source;
    private readonly CancellationTokenSource? _clock;
    private readonly CancellationTokenRegistration _caller;

    private CallTimeLimit(CancellationTokenSource source, CancellationTokenSource? clock, CancellationTokenRegistration caller)
    {
        _source = source;
        _clock = clock;
        _caller = caller;
    }

    /// <summary>Gets the call's token: cancelled at the limit or by the caller.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Gets whether the limit expired or the caller cancelled.</summary>
    public bool IsCancellationRequested => _source.IsCancellationRequested;

    /// <summary>Starts the limit of one call.</summary>
    /// <param name="limit">How long the call may take, all attempts included.</param>
    /// <param name="timeProvider">The clock; a clock other than the system's (tests) drives the limit through a source of its own.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static CallTimeLimit Start(TimeSpan limit, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(timeProvider, TimeProvider.System))
        {
            var clock = new CancellationTokenSource(limit, timeProvider);
            return new(CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, clock.Token), clock, default);
        }

        var source = t_spare ?? new CancellationTokenSource();
        t_spare = null;
        source.CancelAfter(limit);
        var caller = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source)
            : default;
        return new(source, null, caller);
    }

    /// <summary>Ends the limit: unlinks the caller's token and keeps the source for the next call if it can be reset.</summary>
    public void Dispose()
    {
        // Waits for a cancellation the caller's token is running into the source, so the reset below sees it.
        _caller.Dispose();
        if (_clock is not null)
        {
            _source.Dispose();
            _clock.Dispose();
        }
        else if (t_spare is null && _source.TryReset())
        {
            // Kept only if this thread holds none: a call that ends on another thread than it started on does not
            // drop the spare already there.
            t_spare = _source;
        }
        else
        {
            _source.Dispose();
        }
    }
}

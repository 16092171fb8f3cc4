namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// At most N sends in any one-second window, measured with the SDK's <see cref="TimeProvider"/>: a send that would
/// be the N+1st waits until the oldest of the last N is a second old.
/// </summary>
internal sealed class SendRateLimiter(int perSecond, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<long> _sent = new(perSecond);
    private readonly object _gate = new();

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                while (_sent.Count > 0 && time.GetElapsedTime(_sent.Peek(), now) >= Window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < perSecond)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = Window - time.GetElapsedTime(_sent.Peek(), now);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}

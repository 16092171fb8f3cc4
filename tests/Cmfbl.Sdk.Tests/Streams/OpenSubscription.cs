namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>
/// An enumerator a test can dispose while a <c>MoveNextAsync</c> is still waiting (an async iterator refuses that):
/// disposing cancels the enumeration, waits for the pending move, then disposes.
/// </summary>
internal sealed class OpenSubscription<T>(IAsyncEnumerable<T> source) : IAsyncEnumerator<T>
{
    private readonly CancellationTokenSource _cancel = new();
    private IAsyncEnumerator<T>? _inner;
    private Task<bool>? _pending;

    public T Current => Inner.Current;

    private IAsyncEnumerator<T> Inner => _inner ??= source.GetAsyncEnumerator(_cancel.Token);

    public ValueTask<bool> MoveNextAsync()
    {
        _pending = Inner.MoveNextAsync().AsTask();
        return new ValueTask<bool>(_pending);
    }

    public async ValueTask DisposeAsync()
    {
        await _cancel.CancelAsync();
        if (_pending is { } pending)
        {
            try
            {
                await pending.WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (Exception failure) when (failure is OperationCanceledException or Cmfbl.Sdk.Errors.CmfblException or InvalidOperationException)
            {
                // The test already checked what it wanted; the enumeration just has to end.
            }
        }

        if (_inner is not null)
        {
            await _inner.DisposeAsync();
        }

        _cancel.Dispose();
    }
}

/// <summary>Opens <see cref="OpenSubscription{T}"/>s.</summary>
internal static class OpenSubscriptionExtensions
{
    public static OpenSubscription<T> Open<T>(this IAsyncEnumerable<T> source) => new(source);
}

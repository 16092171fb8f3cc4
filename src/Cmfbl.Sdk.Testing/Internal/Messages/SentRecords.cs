namespace Cmfbl.Sdk.Testing.Internal.Messages;

/// <summary>An append-only list that hands out snapshots: the in-app messages and verification codes the fake sent.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class SentRecords<T>
{
    private readonly object _gate = new();
    private readonly List<T> _items = [];

    public void Add(T item)
    {
        lock (_gate)
        {
            _items.Add(item);
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }
}

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// A thread-safe, append-only list that hands out snapshots: the request journal, the in-app messages and the
/// verification codes the fake sent.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordList<T>
{
    private readonly object _gate = new();
    private readonly List<T> _entries = [];

    public void Add(T entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}

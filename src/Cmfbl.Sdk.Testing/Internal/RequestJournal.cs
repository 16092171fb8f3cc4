namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The thread-safe list behind <see cref="CmfblFakeServer.Journal"/>.</summary>
internal sealed class RequestJournal
{
    private readonly object _gate = new();
    private readonly List<FakeRequest> _entries = [];

    public void Add(FakeRequest entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public IReadOnlyList<FakeRequest> Snapshot()
    {
        lock (_gate)
        {
            return _entries.ToArray();
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

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>What one quote connection is subscribed to; each subscribe request replaces its set, as the service does.</summary>
internal sealed class QuoteSubscriptions
{
    private readonly object _gate = new();
    private HashSet<(long, int)> _tickers = [];
    private HashSet<(long, int)> _market = [];
    private HashSet<(long, int)> _rolling = [];

    public void Replace(int kind, IEnumerable<(long, int)> symbols)
    {
        lock (_gate)
        {
            var set = symbols.ToHashSet();
            switch (kind)
            {
                case 1:
                    _tickers = set;
                    break;
                case 2:
                    _market = set;
                    break;
                default:
                    _rolling = set;
                    break;
            }
        }
    }

    public void Cancel(int cancelType)
    {
        lock (_gate)
        {
            if (cancelType is 0 or 1)
            {
                _tickers = [];
            }

            if (cancelType is 0 or 2)
            {
                _market = [];
            }

            if (cancelType is 0 or 3)
            {
                _rolling = [];
            }
        }
    }

    public bool Has(int kind, (long, int) symbol)
    {
        lock (_gate)
        {
            return (kind switch { 1 => _tickers, 2 => _market, _ => _rolling }).Contains(symbol);
        }
    }
}

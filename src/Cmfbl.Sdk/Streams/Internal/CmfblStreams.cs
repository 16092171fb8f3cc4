using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// The streams of one SDK instance: the shared guest quote stream and Manager event stream (created on first use), and
/// every stream created for a customer, all disposed with it.
/// </summary>
internal sealed class CmfblStreams : ICmfblStreams, IAsyncDisposable, IDisposable
{
    private readonly StreamRuntime _runtime;
    private readonly Func<ITokenSource> _managerTokens;
    private readonly object _gate = new();
    private readonly List<ICmfblStream> _created = [];
    private QuoteStream? _guestQuotes;
    private ManagerEventStream? _managerEvents;
    private bool _disposed;

    public CmfblStreams(StreamRuntime runtime, Func<ITokenSource> managerTokens)
    {
        _runtime = runtime;
        _managerTokens = managerTokens;
    }

    public IQuoteStream GuestQuotes
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _guestQuotes ??= new QuoteStream(_runtime, null, QuoteMarket.CryptoAndForex);
            }
        }
    }

    public IManagerEventStream ManagerEvents
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _managerEvents ??= new ManagerEventStream(_runtime, _managerTokens);
            }
        }
    }

    public IQuoteStream CreateQuoteStream(StreamCredentials credentials, QuoteMarket market = QuoteMarket.CryptoAndForex)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.IsGuest && market == QuoteMarket.Stocks)
        {
            throw new ArgumentException("Stock quotes (/quote_stock) need a customer token: use StreamCredentials.FromSession(session).", nameof(credentials));
        }

        return Track(new QuoteStream(_runtime, credentials.Tokens, market));
    }

    public IMessageStream CreateMessageStream(StreamCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var tokens = credentials.Tokens
            ?? throw new ArgumentException("The message stream belongs to a customer: use StreamCredentials.FromSession(session) or FromTokenProvider(getMsgPushToken).", nameof(credentials));
        var address = StreamAddresses.Messages(_runtime.Options)
            ?? throw new InvalidOperationException("The message stream's address is not configured: set Cmfbl:Streams:Messages:AppId (the {appId} of wss://{host}/openapi-c/openMsg/{appId}) or Cmfbl:Streams:Messages:Address.");
        return Track(new MessageStream(_runtime, tokens, address));
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Close().Select(s => s.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var stream in Close())
        {
            stream.Dispose();
        }
    }

    private T Track<T>(T stream)
        where T : ICmfblStream
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _created.Add(stream);
        }

        return stream;
    }

    private List<ICmfblStream> Close()
    {
        lock (_gate)
        {
            _disposed = true;
            List<ICmfblStream> streams = [.. _created];
            if (_guestQuotes is not null)
            {
                streams.Add(_guestQuotes);
            }

            if (_managerEvents is not null)
            {
                streams.Add(_managerEvents);
            }

            _created.Clear();
            return streams;
        }
    }
}

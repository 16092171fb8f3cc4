using Cmfbl.Sdk.Testing.Internal.Funds;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// The state one fake server holds: settings, customers, their money and trading, transfer locks, the messages and
/// codes sent, tokens, fault switches and the journal.
/// </summary>
internal sealed class FakeBackend
{
    private FakeWebhookSubscription? _webhookSubscription;

    public FakeBackend(FakeSettings settings)
    {
        Settings = settings;
        Customers = new CustomerStore(settings);
        Trading = new TradingBook(Customers, settings.Time);
        Locks = new TransferLocks(settings.Time);
        Tokens = new TokenStore(settings.Time, settings.TokenLifetime);
        Faults = new FakeFaults(Tokens);
        ApiKeys = new ApiKeyStore(settings.Time);
        Bridge = new BridgeStore(settings.Time);
        Idempotency = new IdempotencyCache(settings.Time);
    }

    /// <summary>Gets the customers' Open API keys.</summary>
    public ApiKeyStore ApiKeys { get; }

    /// <summary>Gets the Bridge API's merchant key and state.</summary>
    public BridgeStore Bridge { get; }

    public FakeSettings Settings { get; }

    public CustomerStore Customers { get; }

    public TradingBook Trading { get; }

    public TransferLocks Locks { get; }

    public RecordList<FakeInAppMessage> Messages { get; } = new();

    public RecordList<FakeVerificationCode> VerificationCodes { get; } = new();

    public TokenStore Tokens { get; }

    public FakeFaults Faults { get; }

    public IdempotencyCache Idempotency { get; }

    public RecordList<FakeRequest> Journal { get; } = new();

    /// <summary>Gets or sets the URLs the last <c>CompanyWebhookDubboService.subscribe</c> registered.</summary>
    public FakeWebhookSubscription? WebhookSubscription
    {
        get => Volatile.Read(ref _webhookSubscription);
        set => Volatile.Write(ref _webhookSubscription, value);
    }
}

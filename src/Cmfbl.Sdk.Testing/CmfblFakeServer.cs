using System.Net;
using Cmfbl.Sdk.Testing.Internal;
using Cmfbl.Sdk.Testing.Internal.Streams;
using Cmfbl.Sdk.Testing.Internal.Trading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// An in-process, stateful fake of the MultiMarkets gateway (Manager API under <c>/openapi-b/</c>, Client API under
/// <c>/api/</c>) on 127.0.0.1 and a free port. It speaks the real wire format (POST + JSON, the <c>code/msg/data</c>
/// envelope, the gateway's header rules and error codes), keeps the customers it registers, and can be told to fail.
/// </summary>
/// <example>
/// <code>
/// await using var server = await CmfblFakeServer.StartAsync();
/// var options = new CmfblOptions { BaseAddress = server.BaseAddress, CompanyId = server.CompanyId, AllowInsecureLoopback = true };
/// options.ManagerApi.AppId = server.AppId;
/// options.ManagerApi.AppSecret = server.AppSecret;
/// </code>
/// </example>
public sealed class CmfblFakeServer : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(2);

    private readonly WebApplication _app;
    private readonly FakeBackend _backend;
    private readonly MarketPrices _prices;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _ticker;
    private int _disposed;

    private CmfblFakeServer(WebApplication app, FakeBackend backend, StreamHub hub, CancellationTokenSource stopping, Uri baseAddress, TimeSpan? tickInterval)
    {
        _app = app;
        _backend = backend;
        _prices = new MarketPrices(hub.Market);
        _stopping = stopping;
        BaseAddress = baseAddress;
        Streams = new FakeStreams(hub);
        _ticker = tickInterval is { } interval ? TickAsync(hub, interval, stopping.Token) : Task.CompletedTask;
    }

    /// <summary>Gets the host root the server listens on, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the Manager API root: <see cref="BaseAddress"/> + <c>openapi-b/</c>.</summary>
    public Uri ManagerApiAddress => new(BaseAddress, "openapi-b/");

    /// <summary>Gets the Client API root: <see cref="BaseAddress"/> + <c>api/</c>.</summary>
    public Uri ClientApiAddress => new(BaseAddress, "api/");

    /// <summary>Gets the Open API root: <see cref="BaseAddress"/> + <c>openapi-c/</c>.</summary>
    public Uri OpenApiAddress => new(BaseAddress, "openapi-c/");

    /// <summary>Gets the Bridge API root: <see cref="BaseAddress"/> + <c>webhook/global/</c>.</summary>
    public Uri BridgeApiAddress => new(BaseAddress, "webhook/global/");

    /// <summary>Gets the Bridge API merchant key the server accepts (set it as <c>Cmfbl:BridgeApi:ApiKey</c>).</summary>
    public string BridgeApiKey => _backend.Bridge.ApiKey;

    /// <summary>Gets the merchant key's private key, Base64 PKCS#8 (set it as <c>Cmfbl:BridgeApi:PrivateKey</c>); made on first use.</summary>
    public string BridgePrivateKey => _backend.Bridge.PrivateKey;

    /// <summary>
    /// Gets the company's RSA public key (Base64 X.509) when <see cref="CmfblFakeServerOptions.EncryptedBodies"/> is on
    /// (set it as <c>Cmfbl:ClientApi:BodyEncryption:PublicKey</c>), else <see langword="null"/>.
    /// </summary>
    public string? CompanyPublicKey => _backend.Settings.CompanyKey is { } key ? Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) : null;

    /// <summary>Gets the Open API keys customers applied for (<c>applyApi</c>), oldest first, without their private keys.</summary>
    public IReadOnlyList<FakeApiKey> ApiKeys => _backend.ApiKeys.All().Select(FakeApiKey.From).ToArray();

    /// <summary>Gets the Bridge webhook URL subscribed for each API key (<c>admin.admin.CompanyApiKeyDubboService.subscribe</c>).</summary>
    public IReadOnlyDictionary<string, string> BridgeWebhooks => _backend.Bridge.Webhooks;

    /// <summary>Gets the company id the server accepts in the <c>companyId</c> header.</summary>
    public long CompanyId => _backend.Settings.CompanyId;

    /// <summary>Gets the Manager API app id the auth call accepts.</summary>
    public string AppId => _backend.Settings.AppId;

    /// <summary>Gets the Manager API app secret the auth call accepts.</summary>
    public string AppSecret => _backend.Settings.AppSecret;

    /// <summary>Gets the fault switches: latency, failures for the next calls, token expiry.</summary>
    public FakeFaults Faults => _backend.Faults;

    /// <summary>
    /// Gets a snapshot of every request received so far, oldest first, including those answered by a fault. An
    /// entry is added before its response is sent, so it is there when the caller's call returns.
    /// </summary>
    public IReadOnlyList<FakeRequest> Journal => _backend.Journal.Snapshot();

    /// <summary>
    /// Gets the push channels (WebSockets on <see cref="BaseAddress"/>): the quote WebSocket under <c>/apiQuote/</c>,
    /// the message push under <c>/openapi-c/openMsg/{appId}</c>, the Manager data push at <c>/openapi-b/ws</c>; the
    /// market, events, messages and stream faults.
    /// </summary>
    public FakeStreams Streams { get; }

    /// <summary>Gets a snapshot of the registered customers, in registration order.</summary>
    public IReadOnlyList<FakeCustomer> Customers => _backend.Customers.All();

    /// <summary>
    /// Gets the external-settlement URLs the last <c>admin.admin.CompanyWebhookDubboService.subscribe</c> call
    /// registered, or <see langword="null"/> before the first.
    /// </summary>
    public FakeWebhookSubscription? WebhookSubscription => _backend.WebhookSubscription;

    /// <summary>
    /// Gets a snapshot of the in-app messages <c>message.admin.PlatFormMessageThirdSendAdminService.add</c> stored, oldest first.
    /// </summary>
    public IReadOnlyList<FakeInAppMessage> SentMessages => _backend.Messages.Snapshot();

    /// <summary>
    /// Gets a snapshot of the verification codes the Client API's <c>message.app.VerificationApiService.verifyCodeSend</c>
    /// sent, oldest first: the code a customer would have received, for a test to use.
    /// </summary>
    public IReadOnlyList<FakeVerificationCode> VerificationCodes => _backend.VerificationCodes.Snapshot();

    /// <summary>Gets the customer groups (as groupList returns them).</summary>
    public IReadOnlyList<FakeCustomerGroup> CustomerGroups => _backend.Settings.Groups;

    /// <summary>Starts a server on 127.0.0.1 and a free port.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it and close the port.</returns>
    /// <exception cref="ArgumentException">The options are not valid (e.g. a group with an unknown trade type, an empty number range).</exception>
    /// <exception cref="InvalidOperationException">A seed customer in <see cref="CmfblFakeServerOptions.Customers"/> could not be registered.</exception>
    public static async Task<CmfblFakeServer> StartAsync(CmfblFakeServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CmfblFakeServerOptions();
        var backend = new FakeBackend(FakeSettings.From(options));
        if (options.QuoteTickInterval is { } tick)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tick, TimeSpan.Zero, nameof(options) + "." + nameof(options.QuoteTickInterval));
        }

        var stopping = new CancellationTokenSource();
        var hub = new StreamHub(backend, stopping.Token);
        var prices = new MarketPrices(hub.Market);
        SeedMarket(hub);
        hub.Market.Changed += quote => backend.Trading.OnQuote(quote.SymbolId, prices);
        backend.Customers.Registered += customer => AnnounceRegistration(hub, customer);
        backend.Trading.Published += (eventType, data) => hub.Events.Publish(eventType, data);
        foreach (var seed in options.Customers)
        {
            CustomerSeeding.Seed(backend, prices, seed);
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        if (options.LoggerFactory is { } loggerFactory)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        var app = builder.Build();
        var gateway = new FakeGateway(backend, hub.Market, Operations.Create(backend, prices), stopping.Token);
        app.UseWebSockets();
        app.Use(hub.HandleAsync);
        app.Run(gateway.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        var address = addresses.Addresses.First();
        return new CmfblFakeServer(app, backend, hub, stopping, new Uri(address.TrimEnd('/') + "/"), options.QuoteTickInterval);
    }

    /// <summary>
    /// Registers a customer directly (no call, no journal entry) with the next customer number, as
    /// <c>addCusAndOpenAccountAndKyc</c> would, optionally with funded accounts, open positions and pending orders
    /// (<see cref="FakeCustomerSeed.Positions"/>, <see cref="FakeCustomerSeed.PendingOrders"/>).
    /// </summary>
    /// <param name="seed">The customer.</param>
    /// <returns>The registered customer.</returns>
    /// <exception cref="ArgumentException">The seed's password hash is not 32 lowercase hex characters, or a position or order cannot be placed (nothing is stored then).</exception>
    /// <exception cref="InvalidOperationException">The service would refuse it: phone or e-mail taken, unknown group or trade type, number range exhausted.</exception>
    public FakeCustomer SeedCustomer(FakeCustomerSeed seed) => CustomerSeeding.Seed(_backend, _prices, seed);

    /// <summary>
    /// Moves money into (positive <paramref name="amount"/>, a deposit) or out of (negative, a withdrawal) a trading
    /// account, as the platform's cashier would: the balance changes, the capital flow gets a row
    /// (<c>businessType</c> deposit or withdrawal of the account's trade type) and the Manager data push a
    /// <c>subject_water_insert</c> event. No call, no journal entry.
    /// </summary>
    /// <param name="accountId">The account id (<see cref="FakeAccount.AccountId"/>).</param>
    /// <param name="amount">The amount, in the account's currency; not zero.</param>
    /// <returns>The account after the move.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero.</exception>
    /// <exception cref="ArgumentException">The fake has no such account.</exception>
    /// <exception cref="InvalidOperationException">A withdrawal larger than the available amount (balance − frozen).</exception>
    public FakeAccount MoveBalance(long accountId, decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfZero(amount);
        var (row, error) = _backend.Trading.Move(accountId, amount, amount > 0 ? FlowKind.Deposit : FlowKind.Withdrawal, remark: null);
        if (error == Errors.DataNotFound)
        {
            throw new ArgumentException($"The fake has no account {accountId}.", nameof(accountId));
        }

        if (error is not null)
        {
            throw new InvalidOperationException($"The withdrawal was refused: {error.Code} {error.Msg}.");
        }

        return _backend.Customers.FindAccount(row!.Holder.AccountId)!.Value.Account;
    }

    /// <summary>
    /// Gets or sets whether customers' deposit and withdrawal proposals wait for a decision
    /// (<see cref="ApproveFundProposal"/>, <see cref="RejectFundProposal"/>) instead of being approved the moment they
    /// are created. The default is <see langword="false"/>: approved at once, the balance moves before the call returns.
    /// A waiting withdrawal freezes its amount.
    /// </summary>
    public bool HoldFundProposals
    {
        get => _backend.Trading.HoldFundProposals;
        set => _backend.Trading.HoldFundProposals = value;
    }

    /// <summary>Gets a snapshot of the customers' deposit and withdrawal proposals, oldest first.</summary>
    public IReadOnlyList<FakeFundProposal> FundProposals => _backend.Trading.FundProposals(_ => true).Select(FundProposalView.From).ToArray();

    /// <summary>
    /// Approves a waiting deposit or withdrawal proposal, as the back office would: the balance moves, the capital flow
    /// gets its row (<c>businessType</c> deposit or withdrawal of the account's trade type, the proposal number as
    /// <c>remark</c>), and the Manager data push a <c>subject_water_insert</c> and a <c>deposit</c> / <c>withdraw</c> event.
    /// </summary>
    /// <param name="proposalNo">The proposal number (<see cref="FakeFundProposal.ProposalNo"/>).</param>
    /// <returns>The proposal as approved.</returns>
    /// <exception cref="ArgumentException">The fake has no such proposal.</exception>
    /// <exception cref="InvalidOperationException">The proposal was already approved or rejected.</exception>
    public FakeFundProposal ApproveFundProposal(string proposalNo) => DecideFundProposal(proposalNo, approve: true, reason: null);

    /// <summary>
    /// Rejects a waiting deposit or withdrawal proposal: no balance moves (a withdrawal's frozen amount is released), and
    /// the Manager data push gets a <c>deposit</c> / <c>withdraw</c> event with <c>checkStatus</c> 3.
    /// </summary>
    /// <param name="proposalNo">The proposal number (<see cref="FakeFundProposal.ProposalNo"/>).</param>
    /// <param name="reason">The reason the customer sees (<c>transferRejectReason</c> of a withdrawal), or <see langword="null"/>.</param>
    /// <returns>The proposal as rejected.</returns>
    /// <exception cref="ArgumentException">The fake has no such proposal.</exception>
    /// <exception cref="InvalidOperationException">The proposal was already approved or rejected.</exception>
    public FakeFundProposal RejectFundProposal(string proposalNo, string? reason = null) => DecideFundProposal(proposalNo, approve: false, reason);

    /// <summary>Returns the customer with this number, or <see langword="null"/>.</summary>
    /// <param name="customerNo">The customer number.</param>
    /// <returns>A snapshot of the customer, or <see langword="null"/>.</returns>
    public FakeCustomer? FindCustomer(string customerNo)
    {
        ArgumentNullException.ThrowIfNull(customerNo);
        return _backend.Customers.FindByNo(customerNo);
    }

    /// <summary>Empties <see cref="Journal"/>.</summary>
    public void ClearJournal() => _backend.Journal.Clear();

    /// <summary>Stops the server and closes its port. Requests waiting on <see cref="FakeFaults.Latency"/> are aborted.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _ticker.ConfigureAwait(false);
        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _stopping.Dispose();
            _backend.Settings.CompanyKey?.Dispose();
        }
    }

    private FakeFundProposal DecideFundProposal(string proposalNo, bool approve, string? reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(proposalNo);
        var (proposal, decided) = _backend.Trading.DecideFund(proposalNo, approve, reason);
        if (proposal is null)
        {
            throw new ArgumentException($"The fake has no deposit or withdrawal proposal {proposalNo}.", nameof(proposalNo));
        }

        return decided
            ? FundProposalView.From(proposal)
            : throw new InvalidOperationException($"Proposal {proposalNo} was already {(proposal.CheckStatus == FundProposal.Approved ? "approved" : "rejected")}.");
    }

    private static void SeedMarket(StreamHub hub)
    {
        hub.Market.Set(1, 1, 65000.00m, 65000.50m, null);
        hub.Market.Set(2, 1, 3500.10m, 3500.30m, null);
        hub.Market.Set(3, 1, 1.08512m, 1.08519m, null);
        hub.Market.Set(4, 5, 65000.00m, 65000.50m, null);
    }

    private static void AnnounceRegistration(StreamHub hub, FakeCustomer customer)
    {
        hub.Events.Publish("register", ManagerEventJson.Register(customer));
        foreach (var account in customer.Accounts)
        {
            hub.Events.Publish("open_account", ManagerEventJson.OpenAccount(account, customer.CompanyId));
        }
    }

    private static async Task TickAsync(StreamHub hub, TimeSpan interval, CancellationToken stopping)
    {
        var random = new Random();
        try
        {
            while (true)
            {
                await Task.Delay(interval, stopping).ConfigureAwait(false);
                hub.Market.Wiggle(random);
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
    }
}

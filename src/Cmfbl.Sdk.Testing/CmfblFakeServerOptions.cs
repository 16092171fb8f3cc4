using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Testing;

/// <summary>Settings of a <see cref="CmfblFakeServer"/>: the company, its credentials, token lifetime, clock and seed data.</summary>
public sealed class CmfblFakeServerOptions
{
    /// <summary>Gets or sets the company id the server accepts in the <c>companyId</c> header. The default is 439 (the vendor's PRE test company).</summary>
    public long CompanyId { get; set; } = 439;

    /// <summary>Gets or sets the company name in the auth response. The default is <c>Fake White Label</c>.</summary>
    public string CompanyName { get; set; } = "Fake White Label";

    /// <summary>Gets or sets the company (white-label) code in the auth response. The default is <c>FAKE</c>.</summary>
    public string CompanyCode { get; set; } = "FAKE";

    /// <summary>Gets or sets the Manager API app id the auth call accepts. The default is <c>fake-app-id</c>.</summary>
    public string AppId { get; set; } = "fake-app-id";

    /// <summary>Gets or sets the Manager API app secret the auth call accepts. The default is <c>fake-app-secret</c>.</summary>
    public string AppSecret { get; set; } = "fake-app-secret";

    /// <summary>
    /// Gets or sets how long a Manager token (auth) or Client token (login) stays valid, measured with
    /// <see cref="TimeProvider"/>. The default is 30 minutes.
    /// </summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Gets or sets the clock for token expiry, timestamps and the journal. Use a fake clock (e.g.
    /// <c>FakeTimeProvider</c>) to expire tokens deterministically. <see cref="FakeFaults.Latency"/> always uses real
    /// time. The default is <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the first customer number handed out (<c>startNumber</c>). The default is 86000001.</summary>
    public long CustomerNumberStart { get; set; } = 86_000_001;

    /// <summary>
    /// Gets or sets the last customer number handed out (<c>endNumber</c>); registering past it fails with
    /// <c>CUSTOMER_API_0000110</c>. The default is 86999999.
    /// </summary>
    public long CustomerNumberEnd { get; set; } = 86_999_999;

    /// <summary>
    /// Gets the trade types the company offers. Seeded with 1 contract cross, 2 contract isolated, 3 leverage and
    /// 5 spot; clear or add to change them.
    /// </summary>
    public IList<FakeTradeType> TradeTypes { get; } =
    [
        new() { Id = 1, Code = "contract_cross", Name = "Contract (cross margin)" },
        new() { Id = 2, Code = "contract_isolated", Name = "Contract (isolated margin)" },
        new() { Id = 3, Code = "leverage", Name = "Leverage" },
        new() { Id = 5, Code = "spot", Name = "Spot" },
    ];

    /// <summary>
    /// Gets the customer groups. Seeded with group 1 "Default group" (contract cross, USDT) and group 2 "Spot group"
    /// (spot, USDT and BTC); clear or add to change them. Every group's trade type must be in <see cref="TradeTypes"/>.
    /// </summary>
    public IList<FakeCustomerGroup> CustomerGroups { get; } =
    [
        new() { Id = 1, Name = "Default group", OpenAccountType = 1, Type = 0, TradeType = 1, Assets = "USDT" },
        new() { Id = 2, Name = "Spot group", OpenAccountType = 1, Type = 0, TradeType = 5, Assets = "USDT,BTC" },
    ];

    /// <summary>Gets the customers registered when the server starts, in order. Empty by default.</summary>
    public IList<FakeCustomerSeed> Customers { get; } = [];

    /// <summary>
    /// Gets or sets the smallest amount a customer may withdraw (<c>createWithdrawProposal</c>), in the account's
    /// currency; less is refused with <c>FS51001</c>. The default is 10. Zero turns the check off.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">(At <see cref="CmfblFakeServer.StartAsync"/>) the value is negative.</exception>
    public decimal MinimumWithdrawal { get; set; } = 10m;

    /// <summary>
    /// Gets or sets how often the fake moves every quote by a random step of up to one spread (measured in real time),
    /// for demos of a live market. The default is <see langword="null"/>: quotes change only when a test sets them
    /// (<see cref="FakeMarket.SetQuote"/>).
    /// </summary>
    public TimeSpan? QuoteTickInterval { get; set; }

    /// <summary>
    /// Gets or sets a logger factory for the web host (Kestrel), for debugging the fake itself. The default is
    /// <see langword="null"/>: nothing is logged.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Gets or sets whether the company has an RSA public key configured (REFERENCE §1.3): the server makes a key pair,
    /// the Manager auth answers its public key as <c>publicKey</c> (also <see cref="CmfblFakeServer.CompanyPublicKey"/>),
    /// and requests whose trace starts <c>x-</c> are decrypted and their MD5 signature checked before the operation
    /// runs. The default value is <see langword="false"/>: no key, and encrypted bodies are refused.
    /// </summary>
    public bool EncryptedBodies { get; set; }
}

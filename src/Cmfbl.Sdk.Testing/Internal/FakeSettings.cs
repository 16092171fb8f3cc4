namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The validated, frozen copy of <see cref="CmfblFakeServerOptions"/> a running server uses.</summary>
internal sealed record FakeSettings
{
    public required long CompanyId { get; init; }

    public required string CompanyName { get; init; }

    public required string CompanyCode { get; init; }

    public required string AppId { get; init; }

    public required string AppSecret { get; init; }

    public required TimeSpan TokenLifetime { get; init; }

    public required TimeProvider Time { get; init; }

    public required long NumberStart { get; init; }

    public required long NumberEnd { get; init; }

    public required IReadOnlyList<FakeTradeType> TradeTypes { get; init; }

    public required IReadOnlyList<FakeCustomerGroup> Groups { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets the smallest withdrawal the funds service accepts, in the account's currency.</summary>
    public required decimal MinimumWithdrawal { get; init; }

    /// <summary>Gets the company's RSA key pair when it encrypts bodies (REFERENCE §1.3), else null.</summary>
    public System.Security.Cryptography.RSA? CompanyKey { get; init; }

    public static FakeSettings From(CmfblFakeServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.AppId, nameof(options) + "." + nameof(options.AppId));
        ArgumentException.ThrowIfNullOrEmpty(options.AppSecret, nameof(options) + "." + nameof(options.AppSecret));
        ArgumentNullException.ThrowIfNull(options.CompanyName, nameof(options) + "." + nameof(options.CompanyName));
        ArgumentNullException.ThrowIfNull(options.CompanyCode, nameof(options) + "." + nameof(options.CompanyCode));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options) + "." + nameof(options.TimeProvider));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.TokenLifetime, TimeSpan.Zero, nameof(options) + "." + nameof(options.TokenLifetime));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinimumWithdrawal, nameof(options) + "." + nameof(options.MinimumWithdrawal));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CustomerNumberStart, 1, nameof(options) + "." + nameof(options.CustomerNumberStart));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CustomerNumberEnd, options.CustomerNumberStart, nameof(options) + "." + nameof(options.CustomerNumberEnd));

        var tradeTypes = options.TradeTypes.ToArray();
        var groups = options.CustomerGroups.ToArray();
        if (groups.Select(g => g.Id).Distinct().Count() != groups.Length)
        {
            throw new ArgumentException("Customer group ids must be unique.", nameof(options));
        }

        foreach (var group in groups)
        {
            if (!tradeTypes.Any(t => t.Id == group.TradeType))
            {
                throw new ArgumentException($"Customer group {group.Id} has trade type {group.TradeType}, which is not in TradeTypes.", nameof(options));
            }
        }

        return new FakeSettings
        {
            CompanyId = options.CompanyId,
            CompanyName = options.CompanyName,
            CompanyCode = options.CompanyCode,
            AppId = options.AppId,
            AppSecret = options.AppSecret,
            TokenLifetime = options.TokenLifetime,
            Time = options.TimeProvider,
            NumberStart = options.CustomerNumberStart,
            NumberEnd = options.CustomerNumberEnd,
            TradeTypes = tradeTypes,
            Groups = groups,
            StartedAt = options.TimeProvider.GetUtcNow(),
            MinimumWithdrawal = options.MinimumWithdrawal,
            CompanyKey = options.EncryptedBodies ? System.Security.Cryptography.RSA.Create(1024) : null,
        };
    }

    public FakeCustomerGroup? FindGroup(long id) => Groups.FirstOrDefault(g => g.Id == id);

    public bool OffersTradeType(int id) => TradeTypes.Any(t => t.Id == id);
}

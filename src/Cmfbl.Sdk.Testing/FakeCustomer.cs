namespace Cmfbl.Sdk.Testing;

/// <summary>
/// A customer registered with the fake server (by <c>addCusAndOpenAccountAndKyc</c> or
/// <see cref="CmfblFakeServer.SeedCustomer"/>): a snapshot for assertions.
/// </summary>
public sealed record FakeCustomer
{
    /// <summary>Gets the customer id (<c>id</c>).</summary>
    public required long Id { get; init; }

    /// <summary>Gets the company id (<c>companyId</c>).</summary>
    public required long CompanyId { get; init; }

    /// <summary>Gets the customer number (<c>customerNo</c>), e.g. <c>86000001</c>.</summary>
    public required string CustomerNo { get; init; }

    /// <summary>Gets the customer group id (<c>customerGroupId</c>).</summary>
    public required long CustomerGroupId { get; init; }

    /// <summary>Gets the phone number, or <see langword="null"/>.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the phone area code, e.g. <c>+86</c>.</summary>
    public string? PhoneArea { get; init; }

    /// <summary>Gets the e-mail address, or <see langword="null"/>.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the e-mail area code.</summary>
    public string? EmailArea { get; init; }

    /// <summary>Gets the login password as stored: the lowercase hex MD5 the client sent (<c>pwd</c>).</summary>
    public required string PasswordMd5 { get; init; }

    /// <summary>
    /// Gets the fund (assets) password as stored, lowercase hex MD5, or <see langword="null"/> when none is set: a
    /// withdrawal (<c>createWithdrawProposal</c>) must then send it as <c>fundPwd</c>.
    /// </summary>
    public string? FundPasswordMd5 { get; init; }

    /// <summary>Gets the ISO 3166 alpha-2 country code (<c>country</c>).</summary>
    public string? Country { get; init; }

    /// <summary>Gets the registration source (<c>registerSource</c>): 1 H5 … 3 System … 9 other.</summary>
    public int RegisterSource { get; init; }

    /// <summary>Gets the status (<c>status</c>): 1 normal, 2 disabled, 3 deleted, 4 closed, 5 locked, 6 closing.</summary>
    public int Status { get; init; } = 1;

    /// <summary>Gets the remark (<c>remark</c>).</summary>
    public string? Remark { get; init; }

    /// <summary>Gets the registration device model (<c>registerDevice</c>).</summary>
    public string? RegisterDevice { get; init; }

    /// <summary>Gets your system's id of the customer (<c>thirdServerCode</c>).</summary>
    public string? ThirdServerCode { get; init; }

    /// <summary>Gets the campaign source (<c>utmSource</c>).</summary>
    public string? UtmSource { get; init; }

    /// <summary>Gets the campaign medium (<c>utmMedium</c>).</summary>
    public string? UtmMedium { get; init; }

    /// <summary>Gets the campaign name (<c>utmCampaign</c>).</summary>
    public string? UtmCampaign { get; init; }

    /// <summary>Gets the campaign content (<c>utmContent</c>).</summary>
    public string? UtmContent { get; init; }

    /// <summary>Gets the campaign term (<c>utmTerm</c>).</summary>
    public string? UtmTerm { get; init; }

    /// <summary>Gets when the customer was registered (<c>createTime</c>, <c>registerTime</c>).</summary>
    public required DateTimeOffset CreateTime { get; init; }

    /// <summary>Gets when the customer last logged in through the Client API, or <see langword="null"/>.</summary>
    public DateTimeOffset? LoginTime { get; init; }

    /// <summary>Gets the trading accounts, in the order they were opened.</summary>
    public required IReadOnlyList<FakeAccount> Accounts { get; init; }
}

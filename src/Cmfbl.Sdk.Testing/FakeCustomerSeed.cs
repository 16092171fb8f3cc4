namespace Cmfbl.Sdk.Testing;

/// <summary>
/// A customer to put into the fake server directly, without a call (<see cref="CmfblFakeServer.SeedCustomer"/> or
/// <see cref="CmfblFakeServerOptions.Customers"/>). The customer gets the next customer number.
/// </summary>
public sealed class FakeCustomerSeed
{
    /// <summary>Gets the phone number (may be left out, for a customer who logs in by e-mail or customer number).</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the phone area code. The default is <c>+86</c>.</summary>
    public string PhoneArea { get; init; } = "+86";

    /// <summary>Gets the e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the e-mail area code. The default is <c>+86</c>.</summary>
    public string EmailArea { get; init; } = "+86";

    /// <summary>
    /// Gets the plain-text login password; the fake stores its MD5, as the API does. The default is <c>a123456</c>
    /// (MD5 <c>dc483e80a7a0bd9ef71d8cf973673924</c>, the vendor's example). Ignored when <see cref="PasswordMd5"/> is set.
    /// </summary>
    public string Password { get; init; } = "a123456";

    /// <summary>Gets the login password as lowercase hex MD5, when you have the hash rather than the password.</summary>
    public string? PasswordMd5 { get; init; }

    /// <summary>
    /// Gets the plain-text fund (assets) password; the fake stores its MD5. When set, a withdrawal
    /// (<c>fund.app.WithdrawAppDubboService.createWithdrawProposal</c>) must send its MD5 as <c>fundPwd</c>, else it is
    /// refused with <c>CUSTOMER_API_0000132</c>. The default is <see langword="null"/>: no fund password, nothing checked.
    /// </summary>
    public string? FundPassword { get; init; }

    /// <summary>Gets the country code. The default is <c>CN</c>.</summary>
    public string Country { get; init; } = "CN";

    /// <summary>Gets the customer group id; it must exist. The default is 1.</summary>
    public long CustomerGroupId { get; init; } = 1;

    /// <summary>Gets the status: 1 normal (the default), 2 disabled, 5 locked, … Only status 1 may log in.</summary>
    public int Status { get; init; } = 1;

    /// <summary>Gets the registration source. The default is 3 (System).</summary>
    public int RegisterSource { get; init; } = 3;

    /// <summary>Gets your system's id of the customer (<c>thirdServerCode</c>).</summary>
    public string? ThirdServerCode { get; init; }

    /// <summary>
    /// Gets the accounts to open. When empty (the default), one zero-balance account is opened per asset of the
    /// group, with the group's trade type.
    /// </summary>
    public IList<FakeAccountSeed> Accounts { get; } = [];

    /// <summary>
    /// Gets the open positions to seed on the customer's accounts, each with its opening order and deal. When
    /// <see langword="null"/> (the default) a customer with a contract (trade type 1) account gets two: BTCUSDT buy
    /// 0.5 at 64000.00 and ETHUSDT sell 2 at 3600.00; an empty list seeds none.
    /// </summary>
    public IList<FakeOrderSeed>? Positions { get; init; }

    /// <summary>
    /// Gets the pending (limit) orders to seed. When <see langword="null"/> (the default) a customer with a contract
    /// (trade type 1) account gets one: BTCUSDT buy 0.1 at 60000.00; an empty list seeds none.
    /// </summary>
    public IList<FakeOrderSeed>? PendingOrders { get; init; }
}

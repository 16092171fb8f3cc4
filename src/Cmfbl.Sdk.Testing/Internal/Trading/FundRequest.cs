namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>What a deposit or withdrawal proposal was created with, echoed by the proposal pages (the fake moves no real money).</summary>
internal sealed record FundRequest
{
    /// <summary>Gets the payment (deposit) or payout (withdrawal) currency; the account's when not sent.</summary>
    public required string PaymentCurrency { get; init; }

    /// <summary>Gets the payment channel code (deposit) or withdrawal method (<c>bank</c>, <c>digit_wallet</c>, …).</summary>
    public required string Channel { get; init; }

    public string? ChannelType { get; init; }

    public string? ClientType { get; init; }

    public string? Country { get; init; }

    public string? BlockchainName { get; init; }

    public int? WithdrawType { get; init; }

    public string? BankAccountName { get; init; }

    public string? BankName { get; init; }

    public string? BankCardNo { get; init; }

    public string? Remark { get; init; }
}

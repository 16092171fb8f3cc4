namespace Cmfbl.Sdk.Testing;

/// <summary>An adjustment the fake platform sends to your <c>/external-system-credit-limit-adjustment</c> endpoint.</summary>
public sealed record FakeAdjustment
{
    /// <summary>Gets the idempotency key (<c>requestUniqueNo</c>, at most 48 characters). The default is a new random one.</summary>
    public string RequestUniqueNo { get; init; } = "R" + Guid.NewGuid().ToString("N");

    /// <summary>Gets your customer id (<c>thirdServerCode</c>). The default is <c>user-1</c>.</summary>
    public string ThirdServerCode { get; init; } = "user-1";

    /// <summary>Gets the platform's customer number (<c>userName</c>). The default is <c>86000001</c>.</summary>
    public string UserName { get; init; } = "86000001";

    /// <summary>Gets the currency (<c>currency</c>). The default is <c>USDT</c>.</summary>
    public string Currency { get; init; } = "USDT";

    /// <summary>Gets the order kind (<c>bizType</c>): 1 market open (the default), 2 market close, 10, 11, 12.</summary>
    public int BizType { get; init; } = 1;

    /// <summary>Gets <c>operationType</c>: <c>OPEN_POSITION</c> (the default), <c>NORMAL_CLOSE</c> or <c>ABNORMAL_OVERTRADING</c>.</summary>
    public string OperationType { get; init; } = "OPEN_POSITION";

    /// <summary>Gets the amount (<c>amount</c>, sent as a decimal string). The default is 10.</summary>
    public decimal Amount { get; init; } = 10m;

    /// <summary>Gets the decimal places (<c>amountDigits</c>). The default is 4.</summary>
    public int AmountDigits { get; init; } = 4;

    /// <summary>Gets the order id (<c>orderId</c>). The default is a random positive number.</summary>
    public long OrderId { get; init; } = Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>Gets the customer's IP (<c>ip</c>). The default is <c>203.0.113.10</c>.</summary>
    public string Ip { get; init; } = "203.0.113.10";

    /// <summary>Gets <c>metadata</c> (a JSON string of at most 200 characters), or <see langword="null"/> (the default) to leave it out.</summary>
    public string? Metadata { get; init; }
}

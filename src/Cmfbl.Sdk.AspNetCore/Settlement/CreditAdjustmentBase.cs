namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>The fields an adjustment and its cancellation share.</summary>
public abstract record CreditAdjustmentBase : SettlementRequest
{
    /// <summary>Gets the kind of order (<c>bizType</c>).</summary>
    public required OrderBusinessType BizType { get; init; }

    /// <summary>Gets the amount (<c>amount</c>, read from its decimal string without rounding).</summary>
    public required decimal Amount { get; init; }

    /// <summary>Gets the number of decimal places of the amount (<c>amountDigits</c>).</summary>
    public required int AmountDigits { get; init; }

    /// <summary>
    /// Gets the platform's unique number of this request (<c>requestUniqueNo</c>, at most 48 characters): the
    /// idempotency key. The package answers a repeat with the first answer; your handler sees each number once.
    /// </summary>
    public required string RequestUniqueNo { get; init; }

    /// <summary>Gets when the platform made the request (<c>requestTime</c>).</summary>
    public required DateTimeOffset RequestTime { get; init; }

    /// <summary>Gets the customer's IP address (<c>ip</c>).</summary>
    public required string Ip { get; init; }

    /// <summary>Gets remarks as a JSON string (<c>metadata</c>, at most 200 characters), or <see langword="null"/>.</summary>
    public string? Metadata { get; init; }
}

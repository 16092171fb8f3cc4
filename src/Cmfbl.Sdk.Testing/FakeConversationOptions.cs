namespace Cmfbl.Sdk.Testing;

/// <summary>The customer and amounts <see cref="FakeSettlementPlatform.RunConversationAsync"/> uses.</summary>
public sealed class FakeConversationOptions
{
    /// <summary>Gets or sets your customer id (<c>thirdServerCode</c>). The default value is <c>user-1</c>.</summary>
    public string ThirdServerCode { get; set; } = "user-1";

    /// <summary>Gets or sets the platform's customer number (<c>userName</c>). The default value is <c>86000001</c>.</summary>
    public string UserName { get; set; } = "86000001";

    /// <summary>Gets or sets the currency. The default value is <c>USDT</c>.</summary>
    public string Currency { get; set; } = "USDT";

    /// <summary>Gets or sets the amount of each adjustment; the customer needs at least three times it. The default value is 10.</summary>
    public decimal Amount { get; set; } = 10m;

    /// <summary>Gets or sets how many copies of one adjustment are sent at once. The default value is 5.</summary>
    public int ConcurrentDuplicates { get; set; } = 5;
}

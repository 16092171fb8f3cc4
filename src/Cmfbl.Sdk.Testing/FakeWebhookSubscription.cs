namespace Cmfbl.Sdk.Testing;

/// <summary>
/// The external-settlement URLs registered with <c>admin.admin.CompanyWebhookDubboService.subscribe</c>: where the
/// platform would call the white label. Hand them to <see cref="FakeSettlementPlatformOptions.ForSubscription"/> to play the platform's side.
/// </summary>
public sealed record FakeWebhookSubscription
{
    /// <summary>Gets the balance-query URL (<c>queryUserAccountBalanceUrl</c>).</summary>
    public required Uri QueryUserAccountBalanceUrl { get; init; }

    /// <summary>Gets the adjustment URL (<c>externalSystemAdjustmentUrl</c>).</summary>
    public required Uri ExternalSystemAdjustmentUrl { get; init; }

    /// <summary>Gets the cancellation URL (<c>cancelExternalSystemAdjustmentUrl</c>).</summary>
    public required Uri CancelExternalSystemAdjustmentUrl { get; init; }
}

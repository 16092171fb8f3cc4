using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// The body of <c>admin.admin.CompanyWebhookDubboService.subscribe</c>: the white label's external-settlement URLs
/// (the Webhook API). All three are required.
/// </summary>
public sealed record WebhookSubscribeRequest
{
    /// <summary>Gets the URL the platform posts balance queries to (<c>queryUserAccountBalanceUrl</c>).</summary>
    [JsonPropertyName("queryUserAccountBalanceUrl")]
    public required Uri QueryUserAccountBalanceUrl { get; init; }

    /// <summary>Gets the URL the platform posts credit adjustments to (<c>externalSystemAdjustmentUrl</c>).</summary>
    [JsonPropertyName("externalSystemAdjustmentUrl")]
    public required Uri ExternalSystemAdjustmentUrl { get; init; }

    /// <summary>Gets the URL the platform posts adjustment cancellations to (<c>cancelExternalSystemAdjustmentUrl</c>).</summary>
    [JsonPropertyName("cancelExternalSystemAdjustmentUrl")]
    public required Uri CancelExternalSystemAdjustmentUrl { get; init; }
}

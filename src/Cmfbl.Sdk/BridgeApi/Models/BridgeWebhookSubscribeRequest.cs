using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of <c>admin.admin.CompanyApiKeyDubboService.subscribe</c>: where the platform posts the Bridge trade notifications of a key (received by <c>Cmfbl.Sdk.AspNetCore</c>'s <c>MapCmfblBridgeNotifications</c>).</summary>
public sealed record BridgeWebhookSubscribeRequest
{
    /// <summary>Gets the API key whose notifications to send (<c>apiKey</c>, required).</summary>
    [JsonPropertyName("apiKey")]
    public required string ApiKey { get; init; }

    /// <summary>Gets your endpoint (<c>webhookUrl</c>, required).</summary>
    [JsonPropertyName("webhookUrl")]
    public required Uri WebhookUrl { get; init; }
}

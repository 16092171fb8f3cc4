using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>customer.app.CustomerWebApiService.findThirdAccountInfo</c>: the third-party (social) accounts bound to the customer.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>.</remarks>
public sealed record ThirdAccountInfo
{
    /// <summary>Gets the customer number (<c>customerNo</c>, e.g. <c>"86001175"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the third-party sources, comma-separated, e.g. <c>"google,telegram"</c> (<c>thirdLoginSource</c>).</summary>
    [JsonPropertyName("thirdLoginSource")]
    public string? ThirdLoginSource { get; set; }

    /// <summary>Gets the customer's user ids at those sources, comma-separated in the same order (<c>thirdUserId</c>).</summary>
    [JsonPropertyName("thirdUserId")]
    public string? ThirdUserId { get; set; }

    /// <summary>Gets the complete user information the third party returned (<c>thirdIntactMsg</c>).</summary>
    [JsonPropertyName("thirdIntactMsg")]
    public string? ThirdIntactMsg { get; set; }

    /// <summary>Gets whether the customer follows the company's Telegram bot: <c>"SUBSCRIBE"</c> or <c>"UNSUBSCRIBE"</c> (<c>tgStatus</c>).</summary>
    [JsonPropertyName("tgStatus")]
    public string? TgStatus { get; set; }
}

using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of <c>customer.admin.WhiteCustomerAdminDriectAccService.update</c> (the vendor's spelling): new keys for an exchange account. <see cref="ToString"/> prints <c>***</c> for the secret.</summary>
public sealed record ExchangeAccountUpdate
{
    /// <summary>Gets the customer's number (<c>customerNo</c>, required).</summary>
    [JsonPropertyName("customerNo")]
    public required string CustomerNo { get; init; }

    /// <summary>Gets the exchange (<c>exchangeCode</c>, required).</summary>
    [JsonPropertyName("exchangeCode")]
    public required string ExchangeCode { get; init; }

    /// <summary>Gets the account type (<c>accountType</c>, required).</summary>
    [JsonPropertyName("accountType")]
    public required string AccountType { get; init; }

    /// <summary>Gets the account's alias (<c>accountName</c>, required).</summary>
    [JsonPropertyName("accountName")]
    public required string AccountName { get; init; }

    /// <summary>Gets the exchange API key (<c>apiKey</c>, required).</summary>
    [JsonPropertyName("apiKey")]
    public required string ApiKey { get; init; }

    /// <summary>Gets the exchange secret key (<c>secretKey</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("secretKey")]
    public required string SecretKey { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CustomerNo = ").Append(CustomerNo)
            .Append(", ExchangeCode = ").Append(ExchangeCode)
            .Append(", AccountType = ").Append(AccountType)
            .Append(", AccountName = ").Append(AccountName)
            .Append(", ApiKey = ").Append(ApiKey)
            .Append(", SecretKey = ***");
        return true;
    }
}

using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>
/// The body of <c>customer.admin.CustomerDirectAccAdminApiService.add</c>: registers a customer's own exchange API key
/// (Binance, OKX, Cumberland) as an account the Bridge can trade on. <see cref="ToString"/> prints <c>***</c> for the
/// secret, the passphrase and the certificate.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. Put the platform's IP address on the exchange key's allow-list (PRE 103.80.26.250, production 18.163.151.26).</remarks>
public sealed record ExchangeAccountRequest
{
    /// <summary>Gets the customer's number (<c>customerNo</c>, required).</summary>
    [JsonPropertyName("customerNo")]
    public required string CustomerNo { get; init; }

    /// <summary>Gets the exchange (<c>exchangeCode</c>, required): <c>binance</c>, <c>okx</c> or <c>cumberland</c>.</summary>
    [JsonPropertyName("exchangeCode")]
    public required string ExchangeCode { get; init; }

    /// <summary>Gets the account type (<c>accountType</c>, required): <c>spot</c> or <c>futures</c>.</summary>
    [JsonPropertyName("accountType")]
    public required string AccountType { get; init; }

    /// <summary>Gets the account's alias, used by the order calls (<c>accountName</c>, required).</summary>
    [JsonPropertyName("accountName")]
    public required string AccountName { get; init; }

    /// <summary>Gets the exchange API key (<c>accountApiKey</c>, required; Cumberland: the counterparty id).</summary>
    [JsonPropertyName("accountApiKey")]
    public required string AccountApiKey { get; init; }

    /// <summary>Gets the exchange secret key (<c>accountSecretKey</c>, required; Cumberland: the user id). A secret: never printed.</summary>
    [JsonPropertyName("accountSecretKey")]
    public required string AccountSecretKey { get; init; }

    /// <summary>Gets the exchange key's passphrase, when it has one (<c>passphrase</c>, OKX). A secret: never printed.</summary>
    [JsonPropertyName("passphrase")]
    public string? Passphrase { get; init; }

    /// <summary>Gets whether the account is on the exchange's test network (<c>isTest</c>: 0 real, the default; 1 test).</summary>
    [JsonPropertyName("isTest")]
    public int? IsTest { get; init; }

    /// <summary>Gets the client certificate, Base16 PKCS#12 (<c>certificate</c>; required for Cumberland). A secret: never printed.</summary>
    [JsonPropertyName("certificate")]
    public string? Certificate { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CustomerNo = ").Append(CustomerNo)
            .Append(", ExchangeCode = ").Append(ExchangeCode)
            .Append(", AccountType = ").Append(AccountType)
            .Append(", AccountName = ").Append(AccountName)
            .Append(", AccountApiKey = ").Append(AccountApiKey)
            .Append(", AccountSecretKey = ***, Passphrase = ").Append(Passphrase is null ? "null" : "***")
            .Append(", IsTest = ").Append(IsTest)
            .Append(", Certificate = ").Append(Certificate is null ? "null" : "***");
        return true;
    }
}

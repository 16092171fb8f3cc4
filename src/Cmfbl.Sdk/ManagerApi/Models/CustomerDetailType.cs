using System.Text.Json.Serialization;
using Cmfbl.Sdk.ManagerApi.Models.Internal;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// Which part of a customer's details <c>customer.admin.WhiteCustomerAdminApiService.detail</c> returns (its <c>type</c>).
/// An extensible set: the known values are static properties, and any other string the service accepts can be made
/// with the constructor.
/// </summary>
/// <remarks>Values compare with ordinal (case-sensitive) string equality, as the service does.</remarks>
[JsonConverter(typeof(CustomerDetailTypeJsonConverter))]
public readonly struct CustomerDetailType : IEquatable<CustomerDetailType>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="CustomerDetailType"/> struct with any value.</summary>
    /// <param name="value">The value as the service spells it, e.g. <c>"baseInfo"</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public CustomerDetailType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Gets <c>baseInfo</c>: basic information.</summary>
    public static CustomerDetailType BaseInfo { get; } = new("baseInfo");

    /// <summary>Gets <c>tradeAccount</c>: the trading accounts.</summary>
    public static CustomerDetailType TradeAccount { get; } = new("tradeAccount");

    /// <summary>Gets <c>kyc</c>: KYC information.</summary>
    public static CustomerDetailType Kyc { get; } = new("kyc");

    /// <summary>Gets <c>allKyc</c>: the detailed KYC information shown on the back-office page.</summary>
    public static CustomerDetailType AllKyc { get; } = new("allKyc");

    /// <summary>Gets <c>bankList</c>: the bank cards.</summary>
    public static CustomerDetailType BankList { get; } = new("bankList");

    /// <summary>Gets <c>walletList</c>: the wallet addresses.</summary>
    public static CustomerDetailType WalletList { get; } = new("walletList");

    /// <summary>Gets <c>otherInfo</c>: other information.</summary>
    public static CustomerDetailType OtherInfo { get; } = new("otherInfo");

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are the same string.</returns>
    public static bool operator ==(CustomerDetailType left, CustomerDetailType right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are different strings.</returns>
    public static bool operator !=(CustomerDetailType left, CustomerDetailType right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CustomerDetailType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CustomerDetailType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the value as the service spells it (empty for the <see langword="default"/> value).</summary>
    /// <returns>The value, e.g. <c>"baseInfo"</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

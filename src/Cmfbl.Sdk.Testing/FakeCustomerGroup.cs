namespace Cmfbl.Sdk.Testing;

/// <summary>A customer group, as <c>customer.admin.CustomerGroupAdminApiService.groupList</c> returns it.</summary>
public sealed record FakeCustomerGroup
{
    /// <summary>Gets the group id (<c>id</c>); registrations name it in <c>customerGroupId</c>.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the group name (<c>name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets <c>openAccountType</c> (1 = an account-opening group). The default is 1.</summary>
    public int OpenAccountType { get; init; } = 1;

    /// <summary>Gets the group type (<c>type</c>): 0 real, 1 demo/test, 2 guest. The default is 0.</summary>
    public int Type { get; init; }

    /// <summary>Gets the trade type of the group (<c>tradeType</c>): accounts opened without a <c>tradeTypeCurrencyList</c> use it.</summary>
    public required int TradeType { get; init; }

    /// <summary>Gets the comma-separated asset codes of the group (<c>assets</c>), e.g. <c>USDT</c>.</summary>
    public required string Assets { get; init; }

    /// <summary>Gets the asset codes of <see cref="Assets"/>, trimmed, empty entries left out.</summary>
    internal string[] AssetCodes => Assets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

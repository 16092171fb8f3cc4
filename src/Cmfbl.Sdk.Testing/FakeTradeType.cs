namespace Cmfbl.Sdk.Testing;

/// <summary>A trade type ("gameplay") the fake company offers, as listed in the auth response's <c>tradeTypeList</c>.</summary>
public sealed record FakeTradeType
{
    /// <summary>Gets the trade type id: 1 contract cross, 2 contract isolated, 3 leverage, 5 spot, 6 stock, 10 trading bridge.</summary>
    public required int Id { get; init; }

    /// <summary>Gets the trade type code.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }
}

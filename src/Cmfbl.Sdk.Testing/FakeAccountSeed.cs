namespace Cmfbl.Sdk.Testing;

/// <summary>A trading account to open for a <see cref="FakeCustomerSeed"/>, with a starting balance.</summary>
public sealed class FakeAccountSeed
{
    /// <summary>Gets the trade type; it must be one of <see cref="CmfblFakeServerOptions.TradeTypes"/>. The default is 1 (contract cross).</summary>
    public int TradeType { get; init; } = 1;

    /// <summary>Gets the currency. The default is <c>USDT</c>.</summary>
    public string Currency { get; init; } = "USDT";

    /// <summary>Gets the starting balance. The default is 0.</summary>
    public decimal Balance { get; init; }

    /// <summary>Gets the starting frozen amount. The default is 0.</summary>
    public decimal Frozen { get; init; }
}

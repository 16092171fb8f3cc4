namespace Cmfbl.Sdk.Streams;

/// <summary>The floating profit and loss of one position, from an <c>f(…)</c> or <c>g(…)</c> push.</summary>
public sealed record PositionPnl
{
    /// <summary>Gets the position id.</summary>
    public long PositionId { get; init; }

    /// <summary>Gets the floating profit or loss.</summary>
    public decimal? ProfitLoss { get; init; }

    /// <summary>Gets the estimated liquidation price.</summary>
    public decimal? PreviewStopPrice { get; init; }

    /// <summary>Gets the risk status, when sent (seventh value).</summary>
    public int? RiskStatus { get; init; }
}

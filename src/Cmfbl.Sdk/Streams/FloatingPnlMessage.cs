using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// The account's floating profit and loss, pushed as text: <c>f(profitLoss,occupyMargin,availableMargin,marginRadio,netWorth,balance);(positionId,profitLoss,previewStopPrice);…</c>
/// for contracts with cross margin (trade type 1) and <c>g(…)</c> for isolated margin (trade type 2). Values the
/// service leaves empty (or sends as <c>--</c>) are <see langword="null"/>.
/// </summary>
public sealed record FloatingPnlMessage : MessageEvent
{
    /// <summary>Gets the trading mode: <see cref="TradeType.ContractCross"/> for <c>f(…)</c>, <see cref="TradeType.ContractIsolated"/> for <c>g(…)</c>.</summary>
    public TradeType TradeType { get; init; }

    /// <summary>Gets the account's floating profit or loss.</summary>
    public decimal? ProfitLoss { get; init; }

    /// <summary>Gets the occupied margin.</summary>
    public decimal? OccupiedMargin { get; init; }

    /// <summary>Gets the available margin.</summary>
    public decimal? AvailableMargin { get; init; }

    /// <summary>Gets the margin ratio (the vendor's <c>marginRadio</c>).</summary>
    public decimal? MarginRatio { get; init; }

    /// <summary>Gets the net worth.</summary>
    public decimal? NetWorth { get; init; }

    /// <summary>Gets the balance.</summary>
    public decimal? Balance { get; init; }

    /// <summary>Gets the risk status (seventh value; newer servers).</summary>
    public int? RiskStatus { get; init; }

    /// <summary>Gets the close-out ratio (eighth value; newer servers).</summary>
    public decimal? ClosePositionProportion { get; init; }

    /// <summary>Gets the early-warning ratio (ninth value; newer servers).</summary>
    public decimal? EarlyWarningProportion { get; init; }

    /// <summary>Gets the withdrawable amount (tenth value; newer servers).</summary>
    public decimal? WithdrawAmount { get; init; }

    /// <summary>Gets the positions' floating profit and loss.</summary>
    public IReadOnlyList<PositionPnl> Positions { get; init; } = [];
}

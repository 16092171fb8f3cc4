namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// The capital-flow <c>businessType</c> of a <see cref="FlowKind"/> on each trade type (queryCapitalFlowList's table:
/// cross 1 deposit, 2 withdrawal, 4 quota adjustment, 6 trade, 42 reward; isolated 7, 8, 10, 12, 43; leverage 14, 15,
/// 16, 18, 44; spot 50, 51, 52, 54, 59; stock 601, 602, 603, 606, 612), and its <c>businessType1</c>: the documented
/// cross-margin subtypes (1001, 2001, 4001, 4002, 6001, 6002, 6004, 6005, 6006, 6009, 42001, 42002) follow type × 1000 + n, which the fake applies
/// to every trade type; a spot fill's two movements and its fee are subtypes n = 10 and 11 [inferred: the spot subtypes
/// are not documented]. Names in English (<c>lang</c> en_US) or Chinese (anything else, the vendor's default).
/// </summary>
internal static class BusinessTypes
{
    private static readonly Dictionary<int, int[]> ByTradeType = new()
    {
        [1] = [1, 2, 4, 6, 42],
        [2] = [7, 8, 10, 12, 43],
        [3] = [14, 15, 16, 18, 44],
        [5] = [50, 51, 52, 54, 59],
        [6] = [601, 602, 603, 606, 612],
    };

    private static readonly (string En, string Zh)[] TypeNames =
    [
        ("Deposit", "入金"), ("Withdrawal", "出金"), ("Quota adjustment", "额度调整"), ("Trade", "交易"), ("Reward", "奖励"),
    ];

    public static (int Type, int Subtype) Of(FlowKind kind, int tradeType)
    {
        var codes = ByTradeType.GetValueOrDefault(tradeType) ?? ByTradeType[1];
        var (column, n) = Shape(kind);
        return (codes[column], (codes[column] * 1000) + n);
    }

    public static (string Type, string Subtype) Names(FlowKind kind, bool english)
    {
        var type = TypeNames[Shape(kind).Column];
        var subtype = kind switch
        {
            FlowKind.Deposit => ("Front-end deposit", "前台入金"),
            FlowKind.Withdrawal => ("Front-end withdrawal", "前台出金"),
            FlowKind.AdjustmentIn => ("Quota adjustment - deposit", "额度调整-入金"),
            FlowKind.AdjustmentOut => ("Quota adjustment - withdrawal", "额度调整-出金"),
            FlowKind.ForcedClosePnl => ("Manual forced closing profit and loss", "手动强平盈亏"),
            FlowKind.OpenFee => ("Open position fee", "开仓手续费"),
            FlowKind.CloseFee => ("Close position fee", "平仓手续费"),
            FlowKind.MarketClosePnl => ("Market close profit and loss", "市价平仓盈亏"),
            FlowKind.StopLossPnl => ("Stop loss closing profit and loss", "止损平仓盈亏"),
            FlowKind.TakeProfitPnl => ("Take profit closing profit and loss", "止盈平仓盈亏"),
            FlowKind.SpotTrade => ("Spot trade", "现货成交"),
            FlowKind.SpotFee => ("Spot trade fee", "现货手续费"),
            FlowKind.RewardIssued => ("Reward issued", "奖励发放"),
            _ => ("Reward recovered", "奖励回收"),
        };
        return english ? (type.En, subtype.Item1) : (type.Zh, subtype.Item2);
    }

    private static (int Column, int N) Shape(FlowKind kind) => kind switch
    {
        FlowKind.Deposit => (0, 1),
        FlowKind.Withdrawal => (1, 1),
        FlowKind.AdjustmentIn => (2, 1),
        FlowKind.AdjustmentOut => (2, 2),
        FlowKind.ForcedClosePnl => (3, 9),
        FlowKind.OpenFee => (3, 1),
        FlowKind.CloseFee => (3, 2),
        FlowKind.MarketClosePnl => (3, 4),
        FlowKind.StopLossPnl => (3, 5),
        FlowKind.TakeProfitPnl => (3, 6),
        FlowKind.SpotTrade => (3, 10),
        FlowKind.SpotFee => (3, 11),
        FlowKind.RewardIssued => (4, 1),
        _ => (4, 2),
    };
}

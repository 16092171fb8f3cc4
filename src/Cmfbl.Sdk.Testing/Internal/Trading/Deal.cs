using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>A deal (fill): <see cref="BizType"/> 1 market open, 8 manual forced close; <see cref="Pnl"/> set on closing deals.</summary>
internal sealed record Deal(long Id, long OrderId, long? PositionId, int BizType, Holder Holder, Product Product, int Direction, decimal Volume, decimal Price, decimal? Pnl, DateTimeOffset Time)
{
    public const int MarketOpen = 1;
    public const int ManualForcedClose = 8;
}

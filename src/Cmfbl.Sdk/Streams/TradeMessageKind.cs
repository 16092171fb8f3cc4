namespace Cmfbl.Sdk.Streams;

/// <summary>What a trade message reports (its <c>content.bizType</c>).</summary>
public enum TradeMessageKind
{
    /// <summary>A <c>bizType</c> this SDK does not know; see <see cref="TradeMessage.BizType"/>.</summary>
    Unknown = 0,

    /// <summary><c>POSITION_OPEN</c>: a market order opened a position.</summary>
    PositionOpened,

    /// <summary><c>POSITION_CLOSE</c>: a market order closed a position.</summary>
    PositionClosed,

    /// <summary><c>ME_POSITION_LIMIT_OPEN</c>: a limit order opened a position.</summary>
    LimitOpened,

    /// <summary><c>ME_POSITION_LIMIT_CLOSE</c>: a limit order closed a position.</summary>
    LimitClosed,

    /// <summary><c>POSITION_OPEN_FAIL</c>: a market order failed to open a position.</summary>
    PositionOpenFailed,

    /// <summary><c>ME_POSITION_LIMIT_FAIL</c>: a limit order failed.</summary>
    LimitFailed,
}

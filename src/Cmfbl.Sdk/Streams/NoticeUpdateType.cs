namespace Cmfbl.Sdk.Streams;

/// <summary>What a notice tells the client to refresh (<c>updateType</c>).</summary>
public enum NoticeUpdateType
{
    /// <summary>0: nothing.</summary>
    None = 0,

    /// <summary>1: positions.</summary>
    Positions = 1,

    /// <summary>2: pending orders.</summary>
    Orders = 2,

    /// <summary>3: funds.</summary>
    Funds = 3,

    /// <summary>4: the customer is being logged out (kicked).</summary>
    KickOut = 4,

    /// <summary>5: positions and pending orders.</summary>
    PositionsAndOrders = 5,

    /// <summary>6: funds and pending orders.</summary>
    FundsAndOrders = 6,
}

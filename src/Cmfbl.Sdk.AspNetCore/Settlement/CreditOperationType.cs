namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>Why the platform adjusts a customer's credit (<c>operationType</c>).</summary>
public enum CreditOperationType
{
    /// <summary>A value this version does not know; read <see cref="CreditAdjustment.OperationTypeName"/>.</summary>
    Unknown = 0,

    /// <summary><c>OPEN_POSITION</c>: a position is opened; the amount is positive.</summary>
    OpenPosition,

    /// <summary><c>NORMAL_CLOSE</c>: a position is closed normally; the amount is positive.</summary>
    NormalClose,

    /// <summary>
    /// <c>ABNORMAL_OVERTRADING</c>: abnormal overtrading; the amount is negative. The vendor lets you accept it (deduct
    /// the quota) or ignore it.
    /// </summary>
    AbnormalOvertrading,
}

namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>
/// The platform asks you to debit or credit a customer (Webhook API <c>/external-system-credit-limit-adjustment</c>).
/// Answer within the deadline; a repeat of the same <see cref="CreditAdjustmentBase.RequestUniqueNo"/> never reaches
/// your handler again.
/// </summary>
public sealed record CreditAdjustment : CreditAdjustmentBase
{
    /// <summary>Gets why the credit changes (<c>operationType</c>).</summary>
    public required CreditOperationType OperationType { get; init; }

    /// <summary>Gets <c>operationType</c> as sent, e.g. <c>OPEN_POSITION</c> (useful when <see cref="OperationType"/> is <see cref="CreditOperationType.Unknown"/>).</summary>
    public required string OperationTypeName { get; init; }

    /// <summary>Gets the platform's order id (<c>orderId</c>).</summary>
    public required long OrderId { get; init; }
}

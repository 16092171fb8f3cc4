namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>
/// The platform asks for a customer's balance in one currency (Webhook API <c>/get-user-amount</c>, "Query User
/// Account Balance"). Answer with an <see cref="AccountBalance"/>.
/// </summary>
public sealed record BalanceQuery : SettlementRequest;

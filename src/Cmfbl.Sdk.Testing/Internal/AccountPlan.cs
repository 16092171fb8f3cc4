namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>An account to open at registration: trade type, currency and starting amounts.</summary>
internal sealed record AccountPlan(int TradeType, string Currency, decimal Balance = 0m, decimal Frozen = 0m);

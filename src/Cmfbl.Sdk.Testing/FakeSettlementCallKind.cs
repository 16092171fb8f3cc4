namespace Cmfbl.Sdk.Testing;

/// <summary>Which external-settlement endpoint the fake platform called.</summary>
public enum FakeSettlementCallKind
{
    /// <summary><c>/get-user-amount</c>.</summary>
    Balance,

    /// <summary><c>/external-system-credit-limit-adjustment</c>.</summary>
    Adjustment,

    /// <summary><c>/cancel-external-system-credit-limit-adjustment</c>.</summary>
    Cancellation,
}

namespace Cmfbl.Sdk.Streams;

/// <summary>The Manager data push's event types (<c>eventType</c>).</summary>
public enum ManagerEventKind
{
    /// <summary>An <c>eventType</c> this SDK does not know; the event is a <see cref="ManagerEvent{TData}"/> of <see cref="System.Text.Json.JsonElement"/> holding the data as sent.</summary>
    Unknown = 0,

    /// <summary><c>register</c>: a customer registered (<see cref="Models.CustomerEventData"/>).</summary>
    Register,

    /// <summary><c>customer_update</c>: a customer changed (<see cref="Models.CustomerEventData"/>).</summary>
    CustomerUpdate,

    /// <summary><c>customer_info_insert</c>: customer details were added (<see cref="Models.CustomerInfoEventData"/>).</summary>
    CustomerInfoInsert,

    /// <summary><c>customer_info_update</c>: customer details changed (<see cref="Models.CustomerInfoEventData"/>).</summary>
    CustomerInfoUpdate,

    /// <summary><c>kyc</c>: a KYC level certification passed or changed (<see cref="Models.KycEventData"/>).</summary>
    Kyc,

    /// <summary><c>open_account</c>: a trading account was opened (<see cref="Models.AccountEventData"/>).</summary>
    OpenAccount,

    /// <summary><c>account_update</c>: a trading account changed (<see cref="Models.AccountEventData"/>).</summary>
    AccountUpdate,

    /// <summary><c>subject_insert</c>: a ledger balance row was added (<see cref="Models.LedgerSubjectEventData"/>).</summary>
    SubjectInsert,

    /// <summary><c>subject_update</c>: a ledger balance row changed (<see cref="Models.LedgerSubjectEventData"/>).</summary>
    SubjectUpdate,

    /// <summary><c>subject_water_insert</c>: a ledger movement was added (<see cref="Models.LedgerMovementEventData"/>).</summary>
    SubjectWaterInsert,

    /// <summary><c>subject_water_update</c>: a ledger movement changed (<see cref="Models.LedgerMovementEventData"/>).</summary>
    SubjectWaterUpdate,

    /// <summary><c>position_insert</c>: a position was opened (<see cref="Models.PositionEventData"/>).</summary>
    PositionInsert,

    /// <summary><c>position_update</c>: a position changed (<see cref="Models.PositionEventData"/>).</summary>
    PositionUpdate,

    /// <summary><c>position_delete</c>: a position was removed (<see cref="Models.PositionEventData"/>).</summary>
    PositionDelete,

    /// <summary><c>trade_deal</c>: a deal was filled (<see cref="Models.TradeDealEventData"/>).</summary>
    TradeDeal,

    /// <summary><c>deposit</c>: a deposit proposal was added or changed (<see cref="Models.DepositEventData"/>).</summary>
    Deposit,

    /// <summary><c>account_adjust</c>: a quota adjustment was made (<see cref="Models.AccountAdjustEventData"/>).</summary>
    AccountAdjust,

    /// <summary><c>withdraw</c>: a withdrawal proposal was added or changed (<see cref="Models.WithdrawEventData"/>).</summary>
    Withdraw,
}

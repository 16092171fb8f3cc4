using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Internal;

namespace Cmfbl.Sdk.AspNetCore.Settlement.Internal;

/// <summary>The answers the package gives by itself, and the conversion of a handler's answer to a stored one.</summary>
internal static class SettlementReplies
{
    public static readonly StoredReply NeverReceived = new(CmfblReplyCodes.NeverReceived, "The adjustment was never received", "US", null);
    public static readonly StoredReply ReceivedNotProcessed = new(CmfblReplyCodes.ReceivedNotProcessed, "The adjustment was received but not processed", "US", null);
    public static readonly StoredReply Deadline = new(CmfblReplyCodes.DeadlineExceeded, "Not done: the handler did not answer in time", string.Empty, null);
    public static readonly StoredReply InProgress = new(CmfblReplyCodes.InProgress, "The adjustment being cancelled is still in progress; retry the cancellation", string.Empty, null);
    public static readonly StoredReply HandlerError = new(CmfblReplyCodes.HandlerError, "Not done: the handler failed", string.Empty, null);
    public static readonly StoredReply StoreUnavailable = new(CmfblReplyCodes.StoreUnavailable, "Not done: the idempotency store is unavailable", string.Empty, null);
    public static readonly StoredReply CancelledBeforeArrival = new(CmfblReplyCodes.CancelledBeforeArrival, "Refused: this adjustment was cancelled before it arrived", string.Empty, null);
    public static readonly StoredReply Done = new(CmfblReplyCodes.Success, "Success", string.Empty, "{}");

    public static StoredReply From(SettlementReply reply) =>
        reply.IsSuccess ? Done : new StoredReply(reply.Code, reply.Message, reply.BizCode, null);

    public static StoredReply From(SettlementReply<AccountBalance> reply) =>
        reply.IsSuccess && reply.Data is { } balance
            ? new StoredReply(reply.Code, reply.Message, reply.BizCode, BalanceJson(balance))
            : new StoredReply(reply.Code, reply.Message, reply.BizCode, null);

    /// <summary>The HTTP status that goes with an answer: the package's own failures are 500/503, everything else 200.</summary>
    public static int StatusCode(StoredReply reply) => reply.Code switch
    {
        CmfblReplyCodes.HandlerError => StatusCodes.Status500InternalServerError,
        CmfblReplyCodes.StoreUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status200OK,
    };

    private static string BalanceJson(AccountBalance balance) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("userName", balance.UserName);
        writer.WriteString("currency", balance.Currency);
        writer.WriteString("amount", balance.AmountText);
        writer.WriteNumber("amountDigits", balance.AmountDigits);
        writer.WriteEndObject();
    });
}

using System.Collections.Frozen;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// What the pipeline must know about a few operations beyond their kind and answer type: how to check a write whose
/// answer was lost, answers that must be digits, and fields that carry single-use codes.
/// </summary>
internal static class OperationNotes
{
    private const string CustomerLookup =
        "Look the customer up before registering again: checkCustomerExist (ICustomerWebApiService.CheckCustomerExistAsync) by phone or e-mail, or the customer list filtered by your thirdServerCode.";

    private static readonly FrozenDictionary<string, Note> Notes = new Dictionary<string, Note>(StringComparer.Ordinal)
    {
        ["customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc"] = new(CustomerLookup, AnswerDigits: true),
        ["customer.app.CustomerWebApiService.register"] = new(CustomerLookup),
        ["customer.app.CustomerWebApiService.registerOfAgentShareLink"] = new(CustomerLookup),
        ["customer.app.CustomerWebApiService.login"] = new(null, SingleUseFields: ["verifyCode", "googleCode"]),
        ["tradeapi.admin.OrderAdminApiService.addDirectOrder"] = new(
            "Look the order up by its clientOrderId (IDirectOrderService.QueryDirectOrderAsync) or in the fills before placing it again.",
            KeyFields: ["clientOrderId"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the notes on <paramref name="bizType"/>, if it has any.</summary>
    public static Note? For(string bizType) => Notes.GetValueOrDefault(bizType);

    /// <summary>The notes on one operation.</summary>
    /// <param name="OutcomeCheck">How to find out whether a write whose answer was lost took effect.</param>
    /// <param name="AnswerDigits">Whether a text answer must be digits.</param>
    /// <param name="SingleUseFields">Body fields holding single-use codes.</param>
    /// <param name="KeyFields">Body fields of which one must be set for the keyed write to be safe to retry (a client order id); without them it is an unsafe write.</param>
    internal sealed record Note(string? OutcomeCheck, bool AnswerDigits = false, IReadOnlyList<string>? SingleUseFields = null, IReadOnlyList<string>? KeyFields = null);
}

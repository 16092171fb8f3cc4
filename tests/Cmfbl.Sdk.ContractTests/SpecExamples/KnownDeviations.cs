namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// Replays whose differences are the vendor's mistake, not the SDK's: each with the reason and the exact differences
/// it shows. A listed replay fails when its differences change (a new one, or one fixed: then take it off the list),
/// so the list cannot hide a new gap. A model gap does not belong here: fix the model (README: Spec example replay).
/// </summary>
internal static class KnownDeviations
{
    /// <summary>The context fields of the request example that four Client operations share (<c>"trace": "ryder_test"</c>), copied from another operation.</summary>
    private static readonly string[] CopiedContextFields = ["country", "customerId", "customerNo", "ip", "lang", "trace", "cardId", "smsSendToken", "smsCode"];

    private const string CopiedRequestExample =
        "The spec's request example is another operation's (the same body, \"trace\": \"ryder_test\", is given for checkToken, checkPhone, firstSetLoginPwd and retrieveLoginPwd); none of its context fields is in this operation's schema (README: Client API spec examples).";

    private static readonly Dictionary<string, (string Reason, string[] Differences)> Replays = new(StringComparer.Ordinal)
    {
        ["Client.CheckToken (synthesized)"] = (CopiedRequestExample, Dropped("request", "CheckTokenRequest", CopiedContextFields)),
        ["Client.CheckPhone (synthesized)"] =
            (CopiedRequestExample, Dropped("request", "CheckPhoneRequest", ["companyId", .. CopiedContextFields.Where(static f => f != "smsSendToken")])),
        ["Client.FirstSetLoginPwd (synthesized)"] = (CopiedRequestExample, Dropped("request", "FirstSetLoginPwdRequest", ["companyId", .. CopiedContextFields])),
        ["Client.RetrieveLoginPwd (synthesized)"] = (CopiedRequestExample, Dropped("request", "RetrieveLoginPwdRequest", ["companyId", .. CopiedContextFields])),
        ["Client.RegisterOfAgentShareLink #1"] = (
            "The spec's answer example is an API-key record (apiKey, privateKey, whiteIps, permissionDTOList, …), not a registration; the fields it shares with RegisterResult are kept (README: Client API spec examples).",
            Dropped("answer", "RegisterResult", ["sources", "apiKey", "updateTime", "expiredTime", "privateKey", "whiteIps", "createTime", "customerId", "ipLimit", "tag", "withdrawTime", "secretKeyMd5", "permissionDTOList", "validityDays", "pubKey"])),
        ["Manager.Auth #1"] = (
            "The spec's answer example is the dictionary map of config.app.AppDictDubboService.getMapByParentCodes (one key, \"Language\", listing the languages), not the company profile the schema and the service answer.",
            Dropped("answer", "CompanyAuthResult", ["Language"])),
        ["Client.QueryJcAllAccount #1"] = (
            "The spec's answer example is another operation's: a list of AMM products (sourceId, code, profitCurrency, baseCurrency, etf, …), while the summary (\"Query AMM passive market maker account balance\") and the schema answer the balance of each market-maker account (c, active, passive, stpBlack, stpNetPosition: accountId, balance); the SDK rightly refuses a list where that object belongs.",
            ["call failed with CmfblProtocolException: config.app.AppJcStrategyDubboService.queryJcAllAccount succeeded (code 0), but its data did not have the documented shape (at $)."]),
        ["Client.GetMapByParentCodes #1"] = (
            "The spec's answer example is a bare list of dictionary items, while the schema answers a map from each requested parent code to its items (the Manager spec's auth example is this operation's real answer: {\"Language\": [...]}); a list names no parent code, so the SDK rightly refuses it where the map belongs.",
            ["call failed with CmfblProtocolException: config.app.AppDictDubboService.getMapByParentCodes succeeded (code 0), but its data did not have the documented shape (at $)."]),
        ["Manager.GetCustomerAdjustProposalById #1"] = (
            "The spec's examples are other operations': the request is lockTradeAccount's (customerNo, tradeType, type; no proposalNo) and the answer is a bare false, while the schema answers a CustomerAdjustProposalDto; the SDK rightly refuses a boolean where a proposal belongs.",
            ["call failed with CmfblProtocolException: fund.admin.CustomerAdjustProposalAdminDubboService.getCustomerAdjustProposalById succeeded (code 0), but its data did not have the documented shape (at $)."]),
    };

    /// <summary>
    /// Examples the vendor wrote as text that is not JSON even as its documentation tool reads it (trailing commas and
    /// comments allowed), with why. A listed request example is replaced by a request synthesized from the schema; a
    /// listed answer example is not replayed (the operation's other examples, or a synthesized answer, are). The
    /// catalog test fails when an unreadable example is not listed, or a listed one reads.
    /// </summary>
    private static readonly Dictionary<string, string> Unreadable = new(StringComparer.Ordinal)
    {
        [RequestExample("Client.SendWatsAppVerifyCode")] = "The comma after \"customerNo\": \"86009002\" is missing.",
        [RequestExample("Client.QuerySendVerifyCodeInfo")] = "The comma after the second \"country\": \"w\" is missing (and \"country\" is given twice).",
        [AnswerExample("Client.KycLevelApply", 1)] =
            "The example is folded onto one line by the YAML, so its comment (//Corresponding KYC pending review proposal ID) runs to the end and swallows the rest of the envelope, closing brace included.",
    };

    /// <summary>The key of an operation's request example in <see cref="UnreadableExample"/>.</summary>
    public static string RequestExample(string operation) => operation + " request example";

    /// <summary>The key of an operation's answer example (1-based, in the spec's order) in <see cref="UnreadableExample"/>.</summary>
    public static string AnswerExample(string operation, int number) => $"{operation} answer example {number}";

    /// <summary>Why a vendor example is not JSON, or null when it is not listed (then it must read).</summary>
    public static string? UnreadableExample(string example) => Unreadable.GetValueOrDefault(example);

    /// <summary>Gets the examples listed as unreadable.</summary>
    public static IEnumerable<string> ListedUnreadable => Unreadable.Keys;

    /// <summary>The reason and differences listed for a replay, or null when it must keep every field.</summary>
    public static (string Reason, string[] Differences)? For(string replay) =>
        Replays.TryGetValue(replay, out var known) ? known : null;

    /// <summary>Gets the listed replays (each must still exist).</summary>
    public static IEnumerable<string> Listed => Replays.Keys;

    private static string[] Dropped(string side, string model, IEnumerable<string> fields) =>
        [.. fields.Select(f => $"{side} $.{f}: {model} has no property for it (the field is dropped)")];
}

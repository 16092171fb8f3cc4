namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The errors the fake answers with (codes from REFERENCE.md §2.3; messages in English).</summary>
internal static class Errors
{
    public static readonly FakeError TokenMissing = new("GATEWAY_CODE_001", "Token is empty", "G");
    public static readonly FakeError InvalidBizType = new("GATEWAY_CODE_002", "Invalid business type", "G");
    public static readonly FakeError CompanyIdMissing = new("GATEWAY_CODE_003", "Company ID is empty", "G");
    public static readonly FakeError TraceMissing = new("GATEWAY_CODE_004", "Link flag (trace) is empty", "G");
    public static readonly FakeError LoginExpired = new("GATEWAY_CODE_005", "Login information has expired, please log in again", "G");
    public static readonly FakeError BizTypeMissing = new("GATEWAY_CODE_008", "Business type is empty", "G");
    public static readonly FakeError HeaderMissing = new("GATEWAY_CODE_009", "Request header is empty", "G");
    public static readonly FakeError InterfaceNotFound = new("GATEWAY_CODE_010", "Downstream interface does not exist", "G");
    public static readonly FakeError IllegalParameters = new("GATEWAY_CODE_015", "Illegal request parameters", "G");
    public static readonly FakeError MethodNotSupported = new("GATEWAY_CODE_016", "The interface does not support this request type", "G");
    public static readonly FakeError TooFast = new("GATEWAY_CODE_018", "Request frequency too fast, please try again later", "G");
    public static readonly FakeError NoAccess = new("GATEWAY_CODE_019", "No access rights", "G");
    public static readonly FakeError InvalidAccount = new("GATEWAY_CODE_101", "Invalid account info", "G");
    public static readonly FakeError ParametersAbnormal = new("GATEWAY_CODE_104", "The interface parameters are abnormal, please check and try again: %s", "G");
    public static readonly FakeError CaptchaFailed = new("F999999", "Illegal request parameters", "G");
    public static readonly FakeError ServiceTimeout = new("GATEWAY_CODE_902", "Service time out", "G");

    public static readonly FakeError DataNotFound = new("CUSTOMER_API_0000003", "Data does not exist", "US");
    public static readonly FakeError WrongPassword = new("CUSTOMER_API_0000102", "Account or password is incorrect", "US");
    public static readonly FakeError LoginProhibited = new("CUSTOMER_API_0000103", "Login is prohibited", "US");
    public static readonly FakeError PhoneOrEmailRequired = new("CUSTOMER_API_0000105", "Phone number or e-mail is required", "US");
    public static readonly FakeError PhoneExists = new("CUSTOMER_API_0000106", "The phone number already exists", "US");
    public static readonly FakeError EmailExists = new("CUSTOMER_API_0000107", "The e-mail already exists", "US");
    public static readonly FakeError NumberRangeExhausted = new("CUSTOMER_API_0000110", "The customer number range is exhausted", "US");
    public static readonly FakeError CompanyUnavailable = new("CUSTOMER_API_0000111", "The company does not exist or is disabled", "US");
    public static readonly FakeError AccountLocked = new("CUSTOMER_API_0000113", "The account is locked", "US");
    public static readonly FakeError PasswordEmpty = new("CUSTOMER_API_0000125", "The password is empty", "US");
    public static readonly FakeError GroupNotFound = new("CUSTOMER_API_0000301", "The customer group does not exist", "US");
    public static readonly FakeError TradeTypeNotInGroup = new("CUSTOMER_API_0000302", "The trade type is not open for this company", "US");
    public static readonly FakeError TooManyApiKeys = new("CUSTOMER_API_00011002", "Too many API keys", "US");
    public static readonly FakeError ApiTagExists = new("CUSTOMER_API_00011003", "The API tag already exists", "US");
    public static readonly FakeError VerificationCodeMissing = new("CUSTOMER_API_0000509", "The verification code is wrong or missing", "US");

    public static readonly FakeError SignatureInvalid = new("00012001", "Signature verification failed", "G");
    public static readonly FakeError OutsideTimeWindow = new("00012002", "The request has exceeded the time window", "G");
    public static readonly FakeError ApiKeyNotFound = new("00012003", "The API key does not exist", "G");
    public static readonly FakeError ApiKeyPermissionDenied = new("00012004", "No permission for this API", "G");
    public static readonly FakeError ApiKeyExpired = new("00012006", "The API key has expired", "G");

    public static readonly FakeError ExchangeAccountExists = new("CUSTOMER_API_0000701", "The exchange account already exists", "US");
    public static readonly FakeError OrderNotFound = new("E00004", "The order does not exist", "O");

    public static readonly FakeError InvalidParameter = new("CUSTOMER_API_0000501", "Parameter missing or invalid: %s", "US");

    public static readonly FakeError TooManyCurrencyPairs = new("FS10005", "At most 50 currency pairs can be queried at once", "FS");
    public static readonly FakeError InsufficientBalance = new("FS520001", "The balance is not enough for this adjustment", "FS");
    public static readonly FakeError AccountTradeTypeMismatch = new("FS520010", "The accountId does not match the tradeType", "FS");

    /// <summary>The customer service's validation error naming the field in <c>msgParams</c>.</summary>
    public static FakeError Invalid(string field) => Naming(InvalidParameter, field);

    /// <summary>The other services' validation error (the gateway's "parameters abnormal") naming the field in <c>msgParams</c>.</summary>
    public static FakeError BadParameter(string field) => Naming(ParametersAbnormal, field);

    private static FakeError Naming(FakeError error, string field) =>
        error with { Msg = error.Msg.Replace("%s", field, StringComparison.Ordinal), MsgParams = field };
}

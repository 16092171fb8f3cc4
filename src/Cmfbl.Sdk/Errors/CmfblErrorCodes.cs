namespace Cmfbl.Sdk.Errors;

/// <summary>
/// Vendor error codes the SDK knows by name. Compare them with <see cref="CmfblApiException.Code"/>.
/// The vendor's catalogues print them prefixed with the module (<c>G</c> + <c>GATEWAY_CODE_005</c>); the wire carries
/// the code without that prefix, which is what these constants hold.
/// </summary>
public static partial class CmfblErrorCodes
{
    /// <summary>The success code of every envelope.</summary>
    public const string Success = "0";

    /// <summary>Gateway: system error.</summary>
    public const string GatewaySystemError = "G500";

    /// <summary>Gateway: the token is empty.</summary>
    public const string TokenMissing = "GATEWAY_CODE_001";

    /// <summary>Gateway: invalid business type (unknown operation).</summary>
    public const string InvalidBizType = "GATEWAY_CODE_002";

    /// <summary>Gateway: the company id header is empty.</summary>
    public const string CompanyIdMissing = "GATEWAY_CODE_003";

    /// <summary>Gateway: the trace header is empty.</summary>
    public const string TraceMissing = "GATEWAY_CODE_004";

    /// <summary>Gateway: login information expired.</summary>
    public const string LoginExpired = "GATEWAY_CODE_005";

    /// <summary>Gateway: downstream service abnormal.</summary>
    public const string DownstreamAbnormal = "GATEWAY_CODE_011";

    /// <summary>Gateway: downstream service unavailable.</summary>
    public const string DownstreamUnavailable = "GATEWAY_CODE_012";

    /// <summary>Gateway: downstream service returned nothing.</summary>
    public const string DownstreamEmpty = "GATEWAY_CODE_013";

    /// <summary>Gateway: request expired.</summary>
    public const string RequestExpired = "GATEWAY_CODE_014";

    /// <summary>Gateway: login information expired (second form).</summary>
    public const string LoginExpiredAlternate = "GATEWAY_CODE_017";

    /// <summary>Gateway: request frequency too fast.</summary>
    public const string TooFast = "GATEWAY_CODE_018";

    /// <summary>Gateway: no access rights.</summary>
    public const string NoAccess = "GATEWAY_CODE_019";

    /// <summary>Gateway: invalid account information (for example wrong app id or secret).</summary>
    public const string InvalidAccount = "GATEWAY_CODE_101";

    /// <summary>Gateway: data abnormal, retry later.</summary>
    public const string DataAbnormalRetry = "GATEWAY_CODE_102";

    /// <summary>Gateway: service time-out (the server's 15 s limit).</summary>
    public const string ServiceTimeout = "GATEWAY_CODE_902";

    /// <summary>Gateway: CAPTCHA check failed / illegal request parameters.</summary>
    public const string CaptchaFailed = "F999999";

    /// <summary>Customer service: the customer already exists.</summary>
    public const string CustomerExists = "CUSTOMER_API_0000101";

    /// <summary>Customer service: account or password incorrect.</summary>
    public const string WrongPassword = "CUSTOMER_API_0000102";

    /// <summary>Customer service: login prohibited.</summary>
    public const string LoginProhibited = "CUSTOMER_API_0000103";

    /// <summary>Customer service: a phone number or an e-mail address is required.</summary>
    public const string PhoneOrEmailRequired = "CUSTOMER_API_0000105";

    /// <summary>Customer service: the phone number is already registered.</summary>
    public const string PhoneExists = "CUSTOMER_API_0000106";

    /// <summary>Customer service: the e-mail address is already registered.</summary>
    public const string EmailExists = "CUSTOMER_API_0000107";

    /// <summary>Customer service: the company's customer-number range is exhausted.</summary>
    public const string CustomerNumberRangeExhausted = "CUSTOMER_API_0000110";

    /// <summary>Customer service: account or password incorrect (second form).</summary>
    public const string WrongPasswordAlternate = "CUSTOMER_API_0000112";

    /// <summary>Customer service: the account is locked.</summary>
    public const string AccountLocked = "CUSTOMER_API_0000113";

    /// <summary>Customer service: account-opening application received and pending review.</summary>
    public const string AccountOpeningPending = "CUSTOMER_API_00010001";

    /// <summary>Orders/trading: system error (module <c>O</c>). A write answered with it may have taken effect.</summary>
    public const string TradeSystemError = "E00003";

    /// <summary>Customer or funds service: system error (the catalogues print it as <c>US500</c> and <c>FS500</c>). A write answered with it may have taken effect.</summary>
    public const string ServiceSystemError = "500";

    /// <summary>Funds service: system error, as the wire carries it when the module prefix is part of the code (<c>FS500</c>). A write answered with it may have taken effect.</summary>
    public const string FundsSystemError = "FS500";

    /// <summary>Funds service: a call to another system failed (<c>FS20001</c>). A write answered with it may have taken effect.</summary>
    public const string FundsCallFailed = "FS20001";

    /// <summary>Funds service: a call to another system failed (<c>FS20002</c>). A write answered with it may have taken effect.</summary>
    public const string FundsCallFailedAlternate = "FS20002";
}

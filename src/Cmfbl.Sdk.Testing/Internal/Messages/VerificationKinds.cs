namespace Cmfbl.Sdk.Testing.Internal.Messages;

/// <summary>The verification-code kinds (<c>bizType</c>) verifyCodeSend accepts, and how long a code stays valid.</summary>
internal static class VerificationKinds
{
    /// <summary>How long a code can be used; afterwards queryCodeSendStatus answers status 3 (expired).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "EMAIL_COMMON_VERIFICATION_CODE", "EMAIL_LOGIN_VERIFICATION_CODE", "EMAIL_REGISTER_VERIFICATION_CODE",
        "EMAIL_PASSWORD_VERIFICATION_CODE", "EMAIL_LOGINED_VERIFICATION_CODE", "SMS_COMMON_VERIFICATION_CODE",
        "SMS_LOGIN_VERIFICATION_CODE", "SMS_REGISTER_VERIFICATION_CODE", "SMS_PASSWORD_VERIFICATION_CODE",
        "SMS_LOGINED_VERIFICATION_CODE", "SMS_TELEGRAM_VERIFICATION_CODE",
    };

    public static bool IsKnown(string bizType) => Known.Contains(bizType);

    /// <summary>The kinds sent to the address or number on file of a logged-in customer (<c>customerNo</c>).</summary>
    public static bool IsLoggedIn(string bizType) => bizType.Contains("_LOGINED_", StringComparison.Ordinal);

    public static bool IsEmail(string bizType) => bizType.StartsWith("EMAIL_", StringComparison.Ordinal);
}

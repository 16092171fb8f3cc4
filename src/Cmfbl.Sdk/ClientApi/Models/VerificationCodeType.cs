using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The kind of verification code <c>message.app.VerificationApiService.verifyCodeSend</c> sends (its <c>bizType</c>):
/// it picks the channel (e-mail or SMS) and the message. An extensible set: the known values are static properties,
/// and any other string the service accepts can be made with the constructor.
/// </summary>
/// <remarks>
/// The operation that takes the code decides which kind it accepts: registration takes <see cref="EmailRegister"/> or
/// <see cref="SmsRegister"/>; the MFA password changes take <see cref="EmailLoggedIn"/> or <see cref="SmsLoggedIn"/>.
/// Values compare with ordinal (case-sensitive) string equality, as the service does.
/// </remarks>
[JsonConverter(typeof(VerificationCodeTypeJsonConverter))]
public readonly struct VerificationCodeType : IEquatable<VerificationCodeType>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="VerificationCodeType"/> struct with any value.</summary>
    /// <param name="value">The value as the service spells it, e.g. <c>"EMAIL_REGISTER_VERIFICATION_CODE"</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public VerificationCodeType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Gets <c>EMAIL_COMMON_VERIFICATION_CODE</c>: a general-purpose code by e-mail (for example to prove a new address).</summary>
    public static VerificationCodeType EmailCommon { get; } = new("EMAIL_COMMON_VERIFICATION_CODE");

    /// <summary>Gets <c>EMAIL_LOGIN_VERIFICATION_CODE</c>: a login code by e-mail.</summary>
    public static VerificationCodeType EmailLogin { get; } = new("EMAIL_LOGIN_VERIFICATION_CODE");

    /// <summary>Gets <c>EMAIL_REGISTER_VERIFICATION_CODE</c>: a registration code by e-mail.</summary>
    public static VerificationCodeType EmailRegister { get; } = new("EMAIL_REGISTER_VERIFICATION_CODE");

    /// <summary>Gets <c>EMAIL_PASSWORD_VERIFICATION_CODE</c>: a forgotten-password code by e-mail.</summary>
    public static VerificationCodeType EmailPassword { get; } = new("EMAIL_PASSWORD_VERIFICATION_CODE");

    /// <summary>Gets <c>EMAIL_LOGINED_VERIFICATION_CODE</c>: a code by e-mail to a logged-in customer, sent to the address on file (give <see cref="VerifyCodeSendRequest.CustomerNo"/>).</summary>
    public static VerificationCodeType EmailLoggedIn { get; } = new("EMAIL_LOGINED_VERIFICATION_CODE");

    /// <summary>Gets <c>SMS_COMMON_VERIFICATION_CODE</c>: a general-purpose code by SMS (for example to prove a new number).</summary>
    public static VerificationCodeType SmsCommon { get; } = new("SMS_COMMON_VERIFICATION_CODE");

    /// <summary>Gets <c>SMS_LOGIN_VERIFICATION_CODE</c>: a login code by SMS.</summary>
    public static VerificationCodeType SmsLogin { get; } = new("SMS_LOGIN_VERIFICATION_CODE");

    /// <summary>Gets <c>SMS_REGISTER_VERIFICATION_CODE</c>: a registration code by SMS.</summary>
    public static VerificationCodeType SmsRegister { get; } = new("SMS_REGISTER_VERIFICATION_CODE");

    /// <summary>Gets <c>SMS_PASSWORD_VERIFICATION_CODE</c>: a forgotten-password code by SMS.</summary>
    public static VerificationCodeType SmsPassword { get; } = new("SMS_PASSWORD_VERIFICATION_CODE");

    /// <summary>Gets <c>SMS_LOGINED_VERIFICATION_CODE</c>: a code by SMS to a logged-in customer, sent to the number on file (give <see cref="VerifyCodeSendRequest.CustomerNo"/>).</summary>
    public static VerificationCodeType SmsLoggedIn { get; } = new("SMS_LOGINED_VERIFICATION_CODE");

    /// <summary>Gets <c>SMS_TELEGRAM_VERIFICATION_CODE</c>: a code sent through Telegram (give the Telegram user id as <see cref="VerifyCodeSendRequest.ToUser"/>).</summary>
    public static VerificationCodeType SmsTelegram { get; } = new("SMS_TELEGRAM_VERIFICATION_CODE");

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are the same string.</returns>
    public static bool operator ==(VerificationCodeType left, VerificationCodeType right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are different strings.</returns>
    public static bool operator !=(VerificationCodeType left, VerificationCodeType right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(VerificationCodeType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is VerificationCodeType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the value as the service spells it (empty for the <see langword="default"/> value).</summary>
    /// <returns>The value, e.g. <c>"EMAIL_REGISTER_VERIFICATION_CODE"</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// A verification code the fake "sent" for <c>message.app.VerificationApiService.verifyCodeSend</c>
/// (<see cref="CmfblFakeServer.VerificationCodes"/>): what the customer would receive, for a test to type in.
/// <see cref="ToString"/> leaves the code and the send token out.
/// </summary>
public sealed record FakeVerificationCode
{
    /// <summary>Gets the kind of code (<c>bizType</c>), e.g. <c>EMAIL_REGISTER_VERIFICATION_CODE</c>.</summary>
    public required string BizType { get; init; }

    /// <summary>Gets the recipient as the status query names it (<c>toUser</c>): the address or number sent, or the one on file for the <c>*_LOGINED_*</c> kinds.</summary>
    public required string ToUser { get; init; }

    /// <summary>Gets the customer number the request named, or <see langword="null"/>.</summary>
    public string? CustomerNo { get; init; }

    /// <summary>Gets the six-digit code. A secret: not printed by <see cref="ToString"/>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the send token the call answered with (<c>token</c>). A secret: not printed by <see cref="ToString"/>.</summary>
    public required string SendToken { get; init; }

    /// <summary>Gets when it was sent (the server's clock).</summary>
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>Gets when it expires: <c>queryCodeSendStatus</c> then answers status 3.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("BizType = ").Append(BizType)
            .Append(", ToUser = ").Append(ToUser)
            .Append(", CustomerNo = ").Append(CustomerNo)
            .Append(", Code = ***, SendToken = ***, SentAt = ").Append(SentAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", ExpiresAt = ").Append(ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}

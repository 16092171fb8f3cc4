using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Messages;

/// <summary>
/// Client <c>message.app.VerificationApiService.verifyCodeSend</c> (<c>/api/global/…</c>, token optional): "sends" a
/// six-digit code to <c>toUser</c> (or, for the <c>*_LOGINED_*</c> kinds, to the e-mail or <c>area number</c> on file
/// of <c>customerNo</c>) and answers the send token. Version 0.0.2 (CAPTCHA) needs a <c>captcha</c> header, else
/// <c>F999999</c>. The code is in <see cref="CmfblFakeServer.VerificationCodes"/>.
/// </summary>
internal sealed class VerifyCodeSendOperation(FakeBackend backend)
    : OperationBase("message.app.VerificationApiService.verifyCodeSend", OperationAuth.OptionalClientToken, family: RouteFamily.ClientGlobal)
{
    private const string CaptchaVersion = "0.0.2";

    public override Outcome Handle(OperationCall call)
    {
        if (call.Headers.TryGetValue(HeaderNames.Version, out var version)
            && string.Equals(version.Trim(), CaptchaVersion, StringComparison.Ordinal)
            && (!call.Headers.TryGetValue(HeaderNames.Captcha, out var captcha) || string.IsNullOrWhiteSpace(captcha)))
        {
            return Errors.CaptchaFailed;
        }

        if (JsonRead.Text(call.Body, "bizType") is not { } bizType || !VerificationKinds.IsKnown(bizType))
        {
            return Errors.BadParameter("bizType");
        }

        var customerNo = JsonRead.Text(call.Body, "customerNo");
        string? toUser;
        if (VerificationKinds.IsLoggedIn(bizType))
        {
            var customer = customerNo is not null ? backend.Customers.FindByNo(customerNo) : null;
            if (customer is null)
            {
                return customerNo is null ? Errors.BadParameter("customerNo") : Errors.DataNotFound;
            }

            toUser = VerificationKinds.IsEmail(bizType) ? customer.Email
                : customer.Phone is { } phone ? customer.PhoneArea + " " + phone
                : null;
        }
        else
        {
            toUser = JsonRead.Text(call.Body, "toUser");
        }

        if (toUser is null)
        {
            return Errors.BadParameter("toUser");
        }

        var now = backend.Settings.Time.GetUtcNow();
        var code = new FakeVerificationCode
        {
            BizType = bizType,
            ToUser = toUser,
            CustomerNo = customerNo,
            Code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            SendToken = Guid.NewGuid().ToString("D", System.Globalization.CultureInfo.InvariantCulture),
            SentAt = now,
            ExpiresAt = now + VerificationKinds.Lifetime,
        };
        backend.VerificationCodes.Add(code);
        return Outcome.Ok(new JsonObject { ["token"] = code.SendToken });
    }
}

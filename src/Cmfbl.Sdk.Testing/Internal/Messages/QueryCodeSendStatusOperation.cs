using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Messages;

/// <summary>
/// <c>message.admin.VerificationAdminService.queryCodeSendStatus</c> (no token): the state of a code the Client API's
/// verifyCodeSend sent, found by its send token, kind, recipient and code: status <c>"1"</c> pending use until it
/// expires, then <c>"3"</c>. Anything that does not match answers <c>CUSTOMER_API_0000003</c> (data does not exist).
/// </summary>
internal sealed class QueryCodeSendStatusOperation(FakeBackend backend)
    : OperationBase("message.admin.VerificationAdminService.queryCodeSendStatus", OperationAuth.Guest)
{
    private static readonly string[] Fields = ["bizType", "toUser", "code", "sendToken"];

    public override Outcome Handle(OperationCall call)
    {
        if (Fields.FirstOrDefault(f => JsonRead.Text(call.Body, f) is null) is { } missing)
        {
            return Errors.BadParameter(missing);
        }

        var sent = backend.VerificationCodes.Snapshot().FirstOrDefault(c =>
            string.Equals(c.SendToken, JsonRead.Text(call.Body, "sendToken"), StringComparison.Ordinal)
            && string.Equals(c.BizType, JsonRead.Text(call.Body, "bizType"), StringComparison.Ordinal)
            && string.Equals(c.ToUser, JsonRead.Text(call.Body, "toUser"), StringComparison.OrdinalIgnoreCase)
            && string.Equals(c.Code, JsonRead.Text(call.Body, "code"), StringComparison.Ordinal));
        if (sent is null)
        {
            return Errors.DataNotFound;
        }

        var expired = backend.Settings.Time.GetUtcNow() >= sent.ExpiresAt;
        return Outcome.Ok(new JsonObject
        {
            ["bizType"] = sent.BizType,
            ["toUser"] = sent.ToUser,
            ["sendToken"] = sent.SendToken,
            ["code"] = sent.Code,
            ["status"] = expired ? "3" : "1",
            ["name"] = expired ? "EXPIRED" : "UNUSED",
            ["desc"] = expired ? "Expired" : "Pending use",
        });
    }
}

using System.Security.Cryptography;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// <c>customer.app.CustomerWebApiService.login</c> (Client, no token): login name + MD5 password → the customer
/// profile with <c>token</c>, <c>rToken</c> and <c>accountList</c>. Verification-code logins are refused.
/// </summary>
internal sealed class LoginOperation(FakeBackend backend) : IOperation
{
    private const int CustomerLocked = 5;

    public RouteFamily Family => RouteFamily.ClientLogin;

    public string BizType => BizTypes.Login;

    public OperationAuth Auth => OperationAuth.Guest;

    public Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        var type = JsonRead.Int64(body, "type");
        if (type is not (1 or 2 or 3))
        {
            return Errors.Invalid("type");
        }

        if (JsonRead.Text(body, "loginName") is not { } loginName)
        {
            return Errors.Invalid("loginName");
        }

        var phoneArea = JsonRead.Text(body, "phoneArea");
        if (type == 2 && phoneArea is null)
        {
            return Errors.Invalid("phoneArea");
        }

        if (JsonRead.Int64(body, "device") is not { } device || !RegisterSources.IsValid(device))
        {
            return Errors.Invalid("device");
        }

        if (JsonRead.Boolean(body, "isThird") is null)
        {
            return Errors.Invalid("isThird");
        }

        var password = JsonRead.Text(body, "loginPwd");
        if (password is null && JsonRead.Text(body, "verifyCode") is null)
        {
            return Errors.PasswordEmpty;
        }

        var customer = backend.Customers.FindByLogin(type.Value, loginName, phoneArea ?? "+86");
        if (customer is null || password is null || !string.Equals(customer.PasswordMd5, password, StringComparison.Ordinal))
        {
            return Errors.WrongPassword;
        }

        if (customer.Status != 1)
        {
            return customer.Status == CustomerLocked ? Errors.AccountLocked : Errors.LoginProhibited;
        }

        var now = backend.Settings.Time.GetUtcNow();
        customer = backend.Customers.RecordLogin(customer.Id, now);
        var session = backend.Tokens.Issue(TokenKind.Client, customer.Id);
        var profile = CustomerProfileJson.Create(
            customer,
            backend.Settings.FindGroup(customer.CustomerGroupId),
            masked: true,
            AccountJson.List(customer.Accounts, customer.CompanyId));
        profile["token"] = session.Token;
        profile["rToken"] = RandomNumberGenerator.GetHexString(64, lowercase: true);
        return Outcome.Ok(profile);
    }
}

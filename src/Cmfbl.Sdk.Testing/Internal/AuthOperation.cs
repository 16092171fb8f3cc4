namespace Cmfbl.Sdk.Testing.Internal;

/// <summary><c>admin.admin.CompanyAuthDubboService.auth</c>: app id and secret → company profile and a Manager token.</summary>
internal sealed class AuthOperation(FakeBackend backend) : IOperation
{
    public RouteFamily Family => RouteFamily.ManagerAuth;

    public string BizType => BizTypes.Auth;

    public OperationAuth Auth => OperationAuth.Credentials;

    public Outcome Handle(OperationCall call)
    {
        var appId = JsonRead.Text(call.Body, "appId");
        var appSecret = JsonRead.Text(call.Body, "appSecret");
        if (!string.Equals(appId, backend.Settings.AppId, StringComparison.Ordinal)
            || !string.Equals(appSecret, backend.Settings.AppSecret, StringComparison.Ordinal))
        {
            return Errors.InvalidAccount;
        }

        var session = backend.Tokens.Issue(TokenKind.Manager);
        return Outcome.Ok(CompanyJson.Create(backend.Settings, session.Token));
    }
}

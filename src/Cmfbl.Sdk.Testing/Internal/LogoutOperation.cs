namespace Cmfbl.Sdk.Testing.Internal;

/// <summary><c>POST /api/logout</c> (Client token): revokes the token; <c>data</c> is null.</summary>
internal sealed class LogoutOperation(FakeBackend backend) : IOperation
{
    public RouteFamily Family => RouteFamily.ClientLogout;

    public string BizType => Route.LogoutBizType;

    public OperationAuth Auth => OperationAuth.ClientToken;

    public Outcome Handle(OperationCall call)
    {
        if (call.Session is { } session)
        {
            backend.Tokens.Revoke(session.Token);
        }

        return Outcome.Ok(null);
    }
}

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>An operation described by its constructor: the gateway family, bizType, caller requirements and <c>group</c>.</summary>
/// <param name="bizType">The bizType.</param>
/// <param name="auth">What the caller must send. The default is a Manager token.</param>
/// <param name="group">The <c>group</c> header the operation needs, or null.</param>
/// <param name="family">The gateway family. The default is the Manager API.</param>
internal abstract class OperationBase(string bizType, OperationAuth auth = OperationAuth.ManagerToken, string? group = null, RouteFamily family = RouteFamily.Manager) : IOperation
{
    public RouteFamily Family => family;

    public string BizType => bizType;

    public OperationAuth Auth => auth;

    public string? Group => group;

    public abstract Outcome Handle(OperationCall call);
}

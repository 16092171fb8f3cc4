namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>An operation given by a function: the small ones of the key-management and Bridge areas.</summary>
internal sealed class FakeOperation(RouteFamily family, string bizType, OperationAuth auth, Func<OperationCall, Outcome> handle) : IOperation
{
    public RouteFamily Family => family;

    public string BizType => bizType;

    public OperationAuth Auth => auth;

    public Outcome Handle(OperationCall call) => handle(call);
}

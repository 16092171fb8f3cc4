namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>One bizType the fake implements, on one gateway family.</summary>
internal interface IOperation
{
    RouteFamily Family { get; }

    string BizType { get; }

    OperationAuth Auth { get; }

    Outcome Handle(OperationCall call);
}

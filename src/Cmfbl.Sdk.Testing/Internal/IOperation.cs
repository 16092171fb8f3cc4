namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>One bizType the fake implements, on one gateway family.</summary>
internal interface IOperation
{
    RouteFamily Family { get; }

    string BizType { get; }

    OperationAuth Auth { get; }

    /// <summary>The <c>group</c> header the gateway routes the operation with (<c>tradeApi</c>), or null for none.</summary>
    string? Group => null;

    Outcome Handle(OperationCall call);
}

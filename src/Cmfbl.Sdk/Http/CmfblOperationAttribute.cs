namespace Cmfbl.Sdk.Http;

/// <summary>
/// Declares, next to a service method, how the SDK treats the operation: its retry <see cref="Kind"/> and which
/// identity headers it sends (<see cref="Auth"/>).
/// </summary>
/// <param name="kind">How the operation may be retried.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CmfblOperationAttribute(OperationKind kind) : Attribute
{
    /// <summary>Gets how the operation may be retried.</summary>
    public OperationKind Kind { get; } = kind;

    /// <summary>Gets or sets which identity headers the operation sends. The default is <see cref="OperationAuth.Token"/>.</summary>
    public OperationAuth Auth { get; set; } = OperationAuth.Token;
}

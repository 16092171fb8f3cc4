namespace Cmfbl.Sdk.Http;

/// <summary>Which headers identify the caller of an operation.</summary>
public enum OperationAuth
{
    /// <summary>The session <c>token</c> and the <c>companyId</c> are sent (the default).</summary>
    Token,

    /// <summary>Only the <c>companyId</c> is sent: a guest operation (for example checking whether a customer exists).</summary>
    Guest,

    /// <summary>Neither a token nor a company id is sent (the Manager API's own authentication call).</summary>
    None,
}

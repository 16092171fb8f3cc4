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

    /// <summary>
    /// The <c>token</c> is sent when the call is made with one (through a customer session, or with the Manager API
    /// credentials configured), and left out otherwise: the vendor marks the token optional and the operation works
    /// for guests and logged-in customers alike.
    /// </summary>
    TokenWhenAvailable,
}

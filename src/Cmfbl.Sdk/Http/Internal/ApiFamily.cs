namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The API families, each with its own HTTP client and handler pipeline.</summary>
internal enum ApiFamily
{
    /// <summary>The Manager API (B side, <c>/openapi-b</c>).</summary>
    Manager,

    /// <summary>The Client API (C side, <c>/api</c>).</summary>
    Client,

    /// <summary>The Open API (the Client API's operations at <c>/openapi-c</c>, signed with an API key).</summary>
    OpenApi,

    /// <summary>The Bridge API (B side, <c>/webhook</c>, signed with the merchant's API key).</summary>
    Bridge,

    /// <summary>The Auth2 API (<c>/cats-gateway-auth2</c>): third-party login with a white-label account.</summary>
    Auth2,
}

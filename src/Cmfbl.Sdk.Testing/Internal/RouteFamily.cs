namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Which gateway path a request came in on.</summary>
internal enum RouteFamily
{
    /// <summary>Not a gateway path.</summary>
    Unknown,

    /// <summary><c>/openapi-b/auth/{bizType}</c>.</summary>
    ManagerAuth,

    /// <summary><c>/openapi-b/{bizType}</c> or <c>/openapi-b/global/{bizType}</c>.</summary>
    Manager,

    /// <summary><c>/api/login/{bizType}</c>.</summary>
    ClientLogin,

    /// <summary><c>/api/global/{bizType}</c>.</summary>
    ClientGlobal,

    /// <summary><c>/api/logout</c>.</summary>
    ClientLogout,

    /// <summary><c>/api/thirdExt/now</c>: the server's time.</summary>
    ClientThirdExt,

    /// <summary><c>/openapi-c/global/{bizType}</c>: the Client operations, signed with a customer's API key.</summary>
    OpenApi,

    /// <summary><c>/webhook/global/{bizType}</c>: the Bridge API, signed with the merchant key.</summary>
    Bridge,
}

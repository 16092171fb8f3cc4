namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>What an operation requires of the caller.</summary>
internal enum OperationAuth
{
    /// <summary>The Manager auth call: only <c>trace</c>; the body carries the credentials.</summary>
    Credentials,

    /// <summary>No token: <c>trace</c>, <c>companyId</c>, <c>version</c>.</summary>
    Guest,

    /// <summary>A Manager token plus the guest headers.</summary>
    ManagerToken,

    /// <summary>A Client (login) token plus the guest headers.</summary>
    ClientToken,

    /// <summary>The guest headers; a Manager token is optional, but one that is sent must be live.</summary>
    OptionalManagerToken,

    /// <summary>The guest headers; a Client token is optional, but one that is sent must be live.</summary>
    OptionalClientToken,

    /// <summary>The Bridge merchant key's signature plus the guest headers.</summary>
    BridgeKey,
}

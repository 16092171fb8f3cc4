namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Which family a token was issued for.</summary>
internal enum TokenKind
{
    /// <summary>A Manager API (B side) token from the auth call; ends with <c>admin</c>.</summary>
    Manager,

    /// <summary>A Client API (C side) token from login; ends with <c>app</c>.</summary>
    Client,
}

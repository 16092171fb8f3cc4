namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>An issued token: its family, the customer it belongs to (client tokens) and when it expires.</summary>
internal sealed record TokenSession(string Token, TokenKind Kind, long? CustomerId, DateTimeOffset ExpiresAt);

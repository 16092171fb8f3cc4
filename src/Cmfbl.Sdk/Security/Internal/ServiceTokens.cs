using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>Checks the tokens services hand out (Manager auth, customer login) before the SDK sends them back in a header.</summary>
internal static class ServiceTokens
{
    /// <summary>A token from a service answer, checked: present, and sendable as a header value.</summary>
    /// <exception cref="CmfblProtocolException">The answer carried no token, or one that cannot be sent in a header.</exception>
    public static string Checked(string? token, string bizType) =>
        string.IsNullOrEmpty(token)
            ? throw new CmfblProtocolException($"{bizType} succeeded (code 0) but its answer carried no token. Please report it.", new CmfblErrorContext(bizType, null, null))
            : HeaderValues.IsValid(token)
                ? token
                : throw new CmfblProtocolException($"{bizType} succeeded but the token it returned holds characters that cannot be sent in a header, so it was not used. Please report it.", new CmfblErrorContext(bizType, null, null));
}

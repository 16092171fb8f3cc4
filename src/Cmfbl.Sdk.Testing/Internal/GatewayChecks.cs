using System.Globalization;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The gateway's header rules, in the order the fake applies them.</summary>
internal static class GatewayChecks
{
    /// <summary>Returns the first broken rule, or null; on success <paramref name="session"/> is the caller's token session.</summary>
    public static FakeError? Check(
        IOperation operation,
        IReadOnlyDictionary<string, string> headers,
        FakeSettings settings,
        TokenStore tokens,
        out TokenSession? session)
    {
        session = null;
        if (Missing(headers, HeaderNames.Trace))
        {
            return Errors.TraceMissing;
        }

        if (operation.Auth == OperationAuth.Credentials)
        {
            return null;
        }

        if (Missing(headers, HeaderNames.CompanyId))
        {
            return Errors.CompanyIdMissing;
        }

        if (Missing(headers, HeaderNames.Version))
        {
            return Errors.HeaderMissing;
        }

        if (operation.Group is { } group)
        {
            if (Missing(headers, HeaderNames.Group))
            {
                return Errors.HeaderMissing;
            }

            if (!string.Equals(headers[HeaderNames.Group].Trim(), group, StringComparison.Ordinal))
            {
                return Errors.InterfaceNotFound;
            }
        }

        if (TokenKindOf(operation.Auth) is { } kind)
        {
            var optional = operation.Auth is OperationAuth.OptionalManagerToken or OperationAuth.OptionalClientToken;
            if (Missing(headers, HeaderNames.Token))
            {
                if (!optional)
                {
                    return Errors.TokenMissing;
                }
            }
            else
            {
                session = tokens.Find(headers[HeaderNames.Token].Trim(), kind);
                if (session is null)
                {
                    return Errors.LoginExpired;
                }
            }
        }

        var companyId = headers[HeaderNames.CompanyId].Trim();
        if (!long.TryParse(companyId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) || id != settings.CompanyId)
        {
            return session is null ? Errors.CompanyUnavailable : Errors.NoAccess;
        }

        return null;
    }

    private static TokenKind? TokenKindOf(OperationAuth auth) => auth switch
    {
        OperationAuth.ManagerToken or OperationAuth.OptionalManagerToken => TokenKind.Manager,
        OperationAuth.ClientToken or OperationAuth.OptionalClientToken => TokenKind.Client,
        _ => null,
    };

    private static bool Missing(IReadOnlyDictionary<string, string> headers, string name) =>
        !headers.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value);
}

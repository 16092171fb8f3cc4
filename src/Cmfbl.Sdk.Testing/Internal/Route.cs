namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A request path split into its gateway family and bizType.</summary>
internal readonly record struct Route(RouteFamily Family, string BizType)
{
    public const string LogoutBizType = "logout";

    /// <summary>The message-push token: a bizType of one word (REFERENCE §4.2), on the Client and Open API paths.</summary>
    public const string MessagePushTokenBizType = "getMsgPushToken";

    private static readonly (string Prefix, RouteFamily Family)[] Prefixes =
    [
        ("/openapi-b/auth/", RouteFamily.ManagerAuth),
        ("/openapi-b/global/", RouteFamily.Manager),
        ("/openapi-b/", RouteFamily.Manager),
        ("/api/login/", RouteFamily.ClientLogin),
        ("/api/global/", RouteFamily.ClientGlobal),
        ("/openapi-c/global/", RouteFamily.OpenApi),
        ("/webhook/global/", RouteFamily.Bridge),
    ];

    /// <summary>
    /// Paths the Client spec gives with a slash before the method (REFERENCE §3.4: the path is what is called), and the
    /// bizType the fake runs for them.
    /// </summary>
    private static readonly Dictionary<string, string> SlashedPaths = new(StringComparer.Ordinal)
    {
        ["fund.app.DepositAppDubboService/queryDepositProposal"] = "fund.app.DepositAppDubboService.queryDepositProposal",
    };

    public static Route Parse(string path)
    {
        if (string.Equals(path.TrimEnd('/'), "/api/logout", StringComparison.Ordinal))
        {
            return new Route(RouteFamily.ClientLogout, LogoutBizType);
        }

        if (string.Equals(path.TrimEnd('/'), "/api/thirdExt/now", StringComparison.Ordinal))
        {
            return new Route(RouteFamily.ClientThirdExt, BizTypes.ServerTime);
        }

        foreach (var (prefix, family) in Prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = path[prefix.Length..];
                if (SlashedPaths.TryGetValue(rest, out var bizType))
                {
                    return new Route(family, bizType);
                }

                return rest.Contains('/', StringComparison.Ordinal)
                    ? new Route(RouteFamily.Unknown, LastSegment(path))
                    : new Route(family, rest);
            }
        }

        return new Route(RouteFamily.Unknown, LastSegment(path));
    }

    /// <summary>A well-formed bizType: four dotted segments, <c>{module}.{app|admin}.{Service}.{method}</c>.</summary>
    public bool HasWellFormedBizType =>
        Family is RouteFamily.ClientLogout or RouteFamily.ClientThirdExt
        || BizType == MessagePushTokenBizType
        || (BizType.Split('.') is { Length: 4 } parts && parts.All(p => p.Length > 0 && p.All(char.IsAsciiLetterOrDigit)));

    private static string LastSegment(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }
}

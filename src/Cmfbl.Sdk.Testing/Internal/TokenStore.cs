using System.Globalization;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Issues, checks and revokes tokens; expiry is measured with the server's <see cref="TimeProvider"/>.</summary>
internal sealed class TokenStore(TimeProvider time, TimeSpan lifetime)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, TokenSession> _sessions = new(StringComparer.Ordinal);

    public TokenSession Issue(TokenKind kind, long? customerId = null)
    {
        var suffix = kind == TokenKind.Manager ? "admin" : "app";
        var token = Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture) + suffix;
        var session = new TokenSession(token, kind, customerId, time.GetUtcNow() + lifetime);
        lock (_gate)
        {
            _sessions[token] = session;
        }

        return session;
    }

    /// <summary>Returns the live session of <paramref name="token"/> for <paramref name="kind"/>, or null (unknown, expired, other family).</summary>
    public TokenSession? Find(string token, TokenKind kind)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_sessions.TryGetValue(token, out var session))
            {
                return null;
            }

            if (now >= session.ExpiresAt)
            {
                _sessions.Remove(token);
                return null;
            }

            return session.Kind == kind ? session : null;
        }
    }

    public void Revoke(string token)
    {
        lock (_gate)
        {
            _sessions.Remove(token);
        }
    }

    public void RevokeAll()
    {
        lock (_gate)
        {
            _sessions.Clear();
        }
    }
}

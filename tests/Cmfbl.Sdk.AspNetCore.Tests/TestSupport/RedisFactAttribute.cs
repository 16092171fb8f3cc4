namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>
/// A fact that needs Redis: it runs against <c>CMFBL_TEST_REDIS</c> (a StackExchange.Redis configuration string) when
/// set, otherwise against a <c>redis-server</c> the test starts on 127.0.0.1; it is skipped, saying how to install
/// one, only when neither is available.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

using Cmfbl.Sdk.Resilience.Internal;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Tests.Security;

/// <summary>HTTP 418 bans escalate as the vendor documents (5, 10, … minutes) until a call succeeds.</summary>
public sealed class BanEscalationTests
{
    [Fact]
    public void Strike_WithoutAStatedWindow_LastsTheDefaultTimesTheBansSinceTheLastSuccess()
    {
        var clock = new FakeTimeProvider();
        var gate = new BanGate(clock);
        var five = TimeSpan.FromMinutes(5);

        Assert.Equal(five, gate.Strike(null, five));
        Assert.Equal(TimeSpan.FromMinutes(10), gate.Strike(null, five));
        Assert.True(gate.IsBanned(out var remaining));
        Assert.Equal(TimeSpan.FromMinutes(10), remaining);
        Assert.Equal(TimeSpan.FromSeconds(30), gate.Strike(TimeSpan.FromSeconds(30), five)); // a stated window wins
        gate.Succeeded();
        Assert.Equal(five, gate.Strike(null, five));
    }
}

using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Tests.Security;

public sealed class SingleFlightTokenSourceTests
{
    [Fact]
    public async Task RenewAsync_LateCallerWithAnAlreadyReplacedToken_GetsTheNewTokenWithoutAnotherAcquisition()
    {
        using var source = new CountingSource();
        var first = await source.GetTokenAsync(CancellationToken.None);
        var renewed = await source.RenewAsync(first, CancellationToken.None);

        var late = await source.RenewAsync(first, CancellationToken.None);

        Assert.Equal("token-2", renewed);
        Assert.Equal("token-2", late);
        Assert.Equal(2, source.Acquisitions);
    }

    [Fact]
    public async Task RenewAsync_TheCurrentTokenRejected_AcquiresANewOne()
    {
        using var source = new CountingSource();
        var first = await source.GetTokenAsync(CancellationToken.None);

        var renewed = await source.RenewAsync(first, CancellationToken.None);
        var again = await source.RenewAsync(renewed, CancellationToken.None);

        Assert.Equal("token-3", again);
        Assert.Equal(3, source.Acquisitions);
    }

    [Fact]
    public async Task GetTokenAsync_AcquisitionFails_NextCallTriesAgain()
    {
        using var source = new CountingSource { FailNext = true };

        await Assert.ThrowsAsync<InvalidOperationException>(() => source.GetTokenAsync(CancellationToken.None).AsTask());
        var token = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", token);
    }

    private sealed class CountingSource : SingleFlightTokenSource
    {
        private int _acquisitions;

        public bool FailNext { get; set; }

        public int Acquisitions => _acquisitions;

        protected override Task<string> AcquireAsync(CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _acquisitions);
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("refused");
            }

            return Task.FromResult($"token-{n}");
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

/// <summary>
/// A subscription's snapshot and the pushes of a moving market share one order on the socket: a snapshot is never
/// older than a push the socket sent before it (the SDK keeps the latest tick per product, so a stale snapshot arriving
/// after a push would hide the newer price).
/// </summary>
public sealed class QuoteSnapshotOrderTests : IAsyncLifetime
{
    private const int Rounds = 100;

    private CmfblFakeServer _server = null!;

    public async Task InitializeAsync() => _server = await CmfblFakeServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SubscribingAgainWhileTheMarketMoves_EverySnapshotIsAtLeastAsNewAsThePushesBeforeIt()
    {
        await using var socket = await RawSocket.ConnectAsync(_server, "apiQuote/quote_guest");
        await socket.SendAsync(Subscribe(0));
        await socket.ReceiveJsonAsync();
        using var stop = new CancellationTokenSource();
        var moves = Task.Run(() => MoveMarket(stop.Token));

        var lastPushed = 0m;
        var pushesBetweenSnapshots = 0;
        var stale = new List<string>();
        for (var round = 1; round <= Rounds; round++)
        {
            await socket.SendAsync(Subscribe(round));
            string frame;
            while ((frame = await socket.ReceiveAsync()).StartsWith("p(", StringComparison.Ordinal))
            {
                lastPushed = Bid(frame.Split(',')[6]);
                pushesBetweenSnapshots += round > 1 ? 1 : 0;
            }

            var snapshot = Bid((string)JsonNode.Parse(frame)!["data"]!["tick_list"]![0]!["tick_deep"]![0]!["price_bid"]!);
            if (snapshot < lastPushed)
            {
                stale.Add($"round {round}: snapshot bid {snapshot} after a push of {lastPushed}");
            }
        }

        await stop.CancelAsync();
        await moves;

        Assert.True(pushesBetweenSnapshots > Rounds, $"the market moved while subscribing ({pushesBetweenSnapshots} pushes between snapshots)");
        Assert.Empty(stale);
    }

    private void MoveMarket(CancellationToken stop)
    {
        var bid = 65000m;
        for (var i = 0; i < 1_000_000 && !stop.IsCancellationRequested; i++)
        {
            bid += 0.01m;
            _server.Streams.Market.SetQuote(1, bid, bid + 0.50m);
        }
    }

    private static string Subscribe(int seq) =>
        $$$"""{"cmd_id":14000,"seq_id":{{{seq}}},"ext":"s{{{seq}}}","data":{"symbol_list":[{"symbol_id":1,"trade_type":1,"trade_mode":1}]}}""";

    private static decimal Bid(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}

using System.Diagnostics.Metrics;
using Cmfbl.Sdk.Diagnostics;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;
using Cmfbl.Sdk.Tests.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>The streams' metrics: frames received, reconnects, quote drops and unreadable frames, tagged with the channel.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class StreamTelemetryTests : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, long Value, string? Channel)> _measurements = [];

    public StreamTelemetryTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CmfblTelemetry.MeterName && instrument.Name.StartsWith("cmfbl.stream.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? channel = null;
            foreach (var tag in tags)
            {
                if (tag.Key == CmfblTelemetry.StreamChannelTag)
                {
                    channel = tag.Value as string;
                }
            }

            lock (_measurements)
            {
                _measurements.Add((instrument.Name, value, channel));
            }
        });
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task QuoteStream_CountsFramesMalformedFramesDropsAndReconnects()
    {
        var network = new InMemorySockets();
        var time = new FakeTimeProvider();
        await using var stream = new QuoteStream(new StreamRuntime(StreamTestOptions.Create(), time, NullLogger.Instance, network), null, QuoteMarket.CryptoAndForex);
        var states = new StateRecorder(stream);
        await using var quotes = stream.SubscribeAsync(new QuoteSubscription { Symbols = [new QuoteSymbol(1, TradeType.ContractCross)] }).Open();
        var first = quotes.MoveNextAsync().AsTask();
        var socket = await network.AcceptAsync();
        var subscribe = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(await socket.NextAsync())!;

        // The consumer is still waiting for the subscription's answer, so nothing is read while these arrive.
        for (var i = 1; i <= 5; i++)
        {
            socket.Push($"p(1,1,1,{i},1,{i}.5,{i},{i}.75,1,1);");
        }

        socket.Push("p(broken);");
        await EventuallyAsync(() => Sum(CmfblTelemetry.StreamMalformedInstrument) == 1);
        socket.Answer(subscribe);
        await states.WaitForAsync(StreamState.Connected);
        socket.Drop();
        var again = await network.AcceptAsync();
        await again.AnswerQuoteRequestAsync();
        await states.WaitForAsync(StreamState.Resubscribed);

        Assert.True(await first);
        Assert.Equal(5, Assert.IsType<QuoteTick>(quotes.Current).Seq);
        Assert.Equal(8, Sum(CmfblTelemetry.StreamMessagesInstrument));
        Assert.Equal(4, Sum(CmfblTelemetry.StreamDroppedInstrument));
        Assert.Equal(1, Sum(CmfblTelemetry.StreamReconnectsInstrument));
        lock (_measurements)
        {
            Assert.All(_measurements, m => Assert.Equal("quotes", m.Channel));
        }
    }

    private long Sum(string instrument)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);
        }
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5);
        }
    }
}

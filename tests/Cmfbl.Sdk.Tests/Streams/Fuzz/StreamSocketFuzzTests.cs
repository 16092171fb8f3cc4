using System.Text;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Cmfbl.Sdk.Tests.Streams.Fuzz;

/// <summary>
/// Mutated frames sent through whole streams over <see cref="InMemorySockets"/> (fake clock, so no heartbeat fires),
/// then one valid frame as a sentinel: the consumer sees only events (bad frames as the channel's error event, with a
/// <see cref="CmfblProtocolException"/>), the sentinel arrives (nothing hangs), the first connection is still the only
/// one (no bad frame ended the receive loop), and no log line or error message carries the frames' text.
/// </summary>
public sealed class StreamSocketFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261201;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private readonly InMemorySockets _network = new();
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task QuoteStream_HundredsOfMutatedFrames_AreEventsAndTheConnectionStays()
    {
        var random = new Random(Seed);
        var frames = Sample(
            random,
            FuzzSeeds.QuoteReplies.Select(FuzzSeeds.Bytes).SelectMany(seed => FrameMutator.ValueKinds(seed).Concat(FrameMutator.Noise(seed, random, 40)).Concat(FrameMutator.Truncations(seed))).Select(Text),
            FuzzSeeds.QuotePushes.SelectMany(push => FrameMutator.PushFields(push).Concat(FrameMutator.Noise(FuzzSeeds.Bytes(push), random, 40))).Select(Text),
            FuzzSeeds.QuoteReplies.Select(FuzzSeeds.Bytes).SelectMany(seed => FrameMutator.Compressed(seed, random)).Select(Binary));

        Reported(frames, await ThroughQuoteStreamAsync(frames));
    }

    [Fact]
    public async Task MessageStream_HundredsOfMutatedFrames_AreEventsAndTheConnectionStays()
    {
        var random = new Random(Seed);
        var frames = Sample(
            random,
            FuzzSeeds.MessageFrames.Select(FuzzSeeds.Bytes).SelectMany(seed => FrameMutator.ValueKinds(seed).Concat(FrameMutator.Noise(seed, random, 60)).Concat(FrameMutator.Structure(seed))).Select(Text),
            FuzzSeeds.PnlPushes.SelectMany(push => FrameMutator.PushFields(push).Concat(FrameMutator.Noise(FuzzSeeds.Bytes(push), random, 40))).Select(Text));

        // Ending the session is what these two codes are documented to do; everything else must leave it open.
        frames.RemoveAll(f => f.Frame.AsSpan().IndexOf("disconnect"u8) >= 0 || f.Frame.AsSpan().IndexOf("UserForceLogoutRet"u8) >= 0);
        Reported(frames, await ThroughMessageStreamAsync(frames));
    }

    [Fact]
    public async Task ManagerEventStream_HundredsOfMutatedFrames_AreEventsAndTheConnectionStays()
    {
        var random = new Random(Seed);
        var frames = Sample(
            random,
            FuzzSeeds.ManagerFrames().Select(FuzzSeeds.Bytes).SelectMany(seed => FrameMutator.ValueKinds(seed).Concat(FrameMutator.Noise(seed, random, 30)).Concat(FrameMutator.Structure(seed))).Select(Text));

        Reported(frames, await ThroughManagerStreamAsync(frames));
    }

    [Fact]
    public async Task QuoteStream_KlineAnswerWithATimePastTheCalendar_IsAnErrorEventAndTheConnectionStays() =>
        Assert.Equal(1, await ThroughQuoteStreamAsync([Text(FuzzSeeds.Bytes("""{"ret":200,"cmd_id":14013,"seq_id":99,"data":{"symbol_id":1,"kline_list":[{"timestamp":253402300800}]}}"""))]));

    [Fact]
    public async Task MessageStream_TimestampPastTheCalendar_IsAnErrorEventAndTheConnectionStays() =>
        Assert.Equal(1, await ThroughMessageStreamAsync([Text(FuzzSeeds.Bytes("""{"msgCode":"notice","timestamp":253402300800000,"content":{"tradeType":1}}"""))]));

    [Fact]
    public async Task MessageStream_EscapedLoneSurrogate_IsAnErrorEventAndTheConnectionStays() =>
        Assert.Equal(1, await ThroughMessageStreamAsync([Text(FuzzSeeds.Bytes("""{"msgCode":"notice","trace":"\ud800","content":{"tradeType":1}}"""))]));

    [Fact]
    public async Task ManagerEventStream_EventTypeNotUtf8_IsAnErrorEventAndTheConnectionStays() =>
        Assert.Equal(1, await ThroughManagerStreamAsync([Text([.. "{\"eventType\":\"reg"u8, 0xFF, .. "ister\",\"data\":{\"id\":1}}"u8])]));

    [Fact]
    public async Task ManagerEventStream_InvalidLiteral_ErrorAndLogLeaveTheFrameTextOut() =>
        Assert.Equal(1, await ThroughManagerStreamAsync([Text(FuzzSeeds.Bytes($$$"""{"eventType":"kyc","data":{"status":2,"approval":fal"{{{FrameMutator.Marker}}}"}}"""))]));

    /// <summary>Sends the frames on a subscribed quote connection, then a tick as the sentinel; returns how many error events came before it.</summary>
    private async Task<int> ThroughQuoteStreamAsync(List<(byte[] Frame, bool Binary)> frames)
    {
        await using var stream = new QuoteStream(Runtime(), tokens: null, QuoteMarket.CryptoAndForex);
        var states = new StateRecorder(stream);
        await using var quotes = stream.SubscribeAsync(new QuoteSubscription { Symbols = [new QuoteSymbol(1, TradeType.ContractCross)] }).Open();
        var first = quotes.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        await socket.AnswerQuoteRequestAsync();
        await states.WaitForAsync(StreamState.Connected);

        Send(socket, frames);
        socket.Push("p(1,1,1,424242,1700000000000,1,1,1,1,1);");
        return await DrainAsync(quotes, first, states, q => q is QuoteTick { Seq: 424242 }, q => (q as QuoteStreamError)?.Error);
    }

    /// <summary>Sends the frames on a subscribed message connection, then an unknown message as the sentinel; returns how many error events came before it.</summary>
    private async Task<int> ThroughMessageStreamAsync(List<(byte[] Frame, bool Binary)> frames)
    {
        var tokens = new DelegateTokenSource(_ => Task.FromResult("token-1"));
        await using var stream = new MessageStream(Runtime(), tokens, new Uri("ws://127.0.0.1:1/openMsg/fake-app"));
        var states = new StateRecorder(stream);
        await using var messages = stream.SubscribeAsync([TradeType.ContractCross, TradeType.ContractIsolated]).Open();
        var first = messages.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        Assert.Contains("\"login\"", await socket.NextAsync(), StringComparison.Ordinal);
        Assert.Contains("\"subscribe_asset\"", await socket.NextAsync(), StringComparison.Ordinal);
        socket.Push("""{"msgCode":"subscribe_success"}""");
        await states.WaitForAsync(StreamState.Connected);

        Send(socket, frames);
        socket.Push("""{"msgCode":"sentinel_end","trace":"sentinel"}""");
        return await DrainAsync(messages, first, states, m => m is UnknownMessage { Trace: "sentinel" }, m => (m as MessageStreamError)?.Error);
    }

    /// <summary>Sends the frames on a Manager data push connection, then an unknown event as the sentinel; returns how many error events came before it.</summary>
    private async Task<int> ThroughManagerStreamAsync(List<(byte[] Frame, bool Binary)> frames)
    {
        var tokens = new DelegateTokenSource(_ => Task.FromResult("manager-token"));
        var stream = new ManagerEventStream(Runtime(), () => tokens);
        await using var disposeStream = stream;
        var states = new StateRecorder(stream);
        await using var events = stream.SubscribeAsync("fuzz").Open();
        var first = events.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        await states.WaitForAsync(StreamState.Connected);

        Send(socket, frames);
        socket.Push("""{"eventType":"sentinel_end","data":{}}""");
        return await DrainAsync(events, first, states, e => e.EventType == "sentinel_end", e => (e as ManagerStreamError)?.Error);
    }

    /// <summary>
    /// Reads events up to the sentinel, counting the error events (whose messages must leave the frames' text out);
    /// then checks the first connection is still the only one and no log line carries the frames' text.
    /// </summary>
    private async Task<int> DrainAsync<T>(OpenSubscription<T> subscription, Task<bool> first, StateRecorder states, Func<T, bool> isSentinel, Func<T, CmfblProtocolException?> errorOf)
    {
        var errors = 0;
        var moved = first;
        while (true)
        {
            if (await Task.WhenAny(moved, Task.Delay(Timeout)) != moved)
            {
                Assert.Fail($"The sentinel never arrived after {errors} error events; states: {string.Join(" | ", states.Changes.Select(c => $"{c.State} {c.Error?.Message}"))}");
            }

            Assert.True(await moved);
            if (isSentinel(subscription.Current))
            {
                break;
            }

            if (errorOf(subscription.Current) is { } error)
            {
                Assert.DoesNotContain(FrameMutator.Marker, error.Message, StringComparison.Ordinal);
                errors++;
            }

            moved = subscription.MoveNextAsync().AsTask();
        }

        Assert.Single(_network.Requests);
        Assert.DoesNotContain(StreamState.Reconnecting, states.States);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(FrameMutator.Marker, StringComparison.Ordinal));
        return errors;
    }

    public void Dispose() => _logs.Dispose();

    private static (byte[] Frame, bool Binary) Text(byte[] frame) => (frame, false);

    private static (byte[] Frame, bool Binary) Binary(byte[] frame) => (frame, true);

    /// <summary>About 150 frames of each family list, picked with the seeded generator.</summary>
    private static List<(byte[] Frame, bool Binary)> Sample(Random random, params IEnumerable<(byte[] Frame, bool Binary)>[] families)
    {
        var sample = new List<(byte[] Frame, bool Binary)>();
        foreach (var family in families)
        {
            var all = family.ToList();
            sample.AddRange(Enumerable.Range(0, 150).Select(_ => all[random.Next(all.Count)]));
        }

        return sample;
    }

    private static void Send(InMemorySocket socket, List<(byte[] Frame, bool Binary)> frames)
    {
        foreach (var (frame, binary) in frames)
        {
            if (binary)
            {
                socket.PushBinary(frame);
            }
            else
            {
                socket.PushRaw(frame);
            }
        }
    }

    private void Reported(List<(byte[] Frame, bool Binary)> frames, int errors)
    {
        output.WriteLine($"{frames.Count} frames sent, {errors} reported as malformed, {_logs.Lines.Count} log lines");
        Assert.True(errors > 0, "The sample holds frames that cannot be read: some must come back as error events.");
    }

    private StreamRuntime Runtime() => new(StreamTestOptions.Create(), _time, _logs.CreateLogger("Cmfbl.Sdk.Streams"), _network) { Random = new Random(7) };
}

using System.Buffers;
using System.Text.Json;
using Cmfbl.Sdk.Streams.Internal;
using Xunit.Abstractions;

namespace Cmfbl.Sdk.Tests.Streams.Fuzz;

/// <summary>
/// Seeded fuzzing of the frame readers of the three stream channels, called the way their connections call them. The
/// oracle is each connection's own contract for a bad frame: the quote text parser and the P&amp;L parser return a
/// reason; the quote JSON readers throw only what <c>QuoteConnection</c> reports (<see cref="JsonException"/>,
/// <see cref="InvalidOperationException"/>, <see cref="OverflowException"/>), the compressed-frame decoder only
/// <see cref="InvalidDataException"/>; the message and Manager readers only <see cref="JsonException"/>. Anything
/// else would end the connection's receive loop. No reason or message may carry the frame's text.
/// </summary>
public sealed class StreamFrameFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261201;

    [Fact]
    public void QuoteFrames_MutatedThousandsOfWays_AreReadOrReportedAsMalformed()
    {
        var random = new Random(Seed);
        var run = new FuzzRun(Quote);
        foreach (var reply in FuzzSeeds.QuoteReplies.Select(FuzzSeeds.Bytes))
        {
            run.Feed("reply-truncated", FrameMutator.Truncations(reply));
            run.Feed("reply-value-kinds", FrameMutator.ValueKinds(reply));
            run.Feed("reply-noise", FrameMutator.Noise(reply, random, 300));
            run.Feed("reply-structure", FrameMutator.Structure(reply));
            run.Feed("reply-compressed", FrameMutator.Compressed(reply, random), binary: true);
            run.Feed("reply-compressed-value-kinds", FrameMutator.ValueKinds(reply).Where((_, i) => i % 7 == 0).Select(FrameMutator.Zlib), binary: true);
        }

        foreach (var push in FuzzSeeds.QuotePushes)
        {
            var bytes = FuzzSeeds.Bytes(push);
            run.Feed("push-truncated", FrameMutator.Truncations(bytes));
            run.Feed("push-fields", FrameMutator.PushFields(push));
            run.Feed("push-noise", FrameMutator.Noise(bytes, random, 300));
            run.Feed("push-as-binary", [bytes], binary: true);
        }

        output.WriteLine(run.Summary());
        run.AssertNoEscapes();
    }

    [Fact]
    public void MessageFrames_MutatedThousandsOfWays_AreReadOrReportedAsMalformed()
    {
        var random = new Random(Seed);
        var run = new FuzzRun(Message);
        foreach (var frame in FuzzSeeds.MessageFrames.Select(FuzzSeeds.Bytes))
        {
            run.Feed("json-truncated", FrameMutator.Truncations(frame));
            run.Feed("json-value-kinds", FrameMutator.ValueKinds(frame));
            run.Feed("json-noise", FrameMutator.Noise(frame, random, 300));
            run.Feed("json-structure", FrameMutator.Structure(frame));
            run.Feed("json-compressed", FrameMutator.Compressed(frame, random).Take(8));
        }

        foreach (var push in FuzzSeeds.PnlPushes)
        {
            var bytes = FuzzSeeds.Bytes(push);
            run.Feed("pnl-truncated", FrameMutator.Truncations(bytes));
            run.Feed("pnl-fields", FrameMutator.PushFields(push));
            run.Feed("pnl-noise", FrameMutator.Noise(bytes, random, 300));
        }

        output.WriteLine(run.Summary());
        run.AssertNoEscapes();
    }

    [Fact]
    public void ManagerFrames_MutatedThousandsOfWays_AreReadOrReportedAsMalformed()
    {
        var random = new Random(Seed);
        var run = new FuzzRun(Manager);
        foreach (var frame in FuzzSeeds.ManagerFrames().Select(FuzzSeeds.Bytes))
        {
            run.Feed("json-truncated", FrameMutator.Truncations(frame).Where((_, i) => i % 3 == 0));
            run.Feed("json-value-kinds", FrameMutator.ValueKinds(frame));
            run.Feed("json-noise", FrameMutator.Noise(frame, random, 100));
            run.Feed("json-structure", FrameMutator.Structure(frame));
        }

        run.Feed("json-compressed", FrameMutator.Compressed(FuzzSeeds.Bytes(FuzzSeeds.ManagerFrames().First()), random).Take(8));
        output.WriteLine(run.Summary());
        run.AssertNoEscapes();
    }

    /// <summary>What <c>QuoteConnection.OnFrameAsync</c> does with a frame, every JSON reader tried on every answer's data.</summary>
    internal static string? Quote(byte[] frame, bool binary)
    {
        try
        {
            if (binary)
            {
                byte[] buffer;
                int length;
                try
                {
                    length = CompressedFrame.Decode(frame, out buffer);
                }
                catch (InvalidDataException exception)
                {
                    return FuzzRun.Leak(StreamErrors.Describe(exception));
                }

                try
                {
                    return QuoteReply(buffer.AsSpan(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }

            if (QuotePushParser.IsPush(frame))
            {
                var sink = new QuoteSink();
                return FuzzRun.Leak(QuotePushParser.Parse(frame, sink)) ?? Printed(sink.Quotes);
            }

            return frame.AsSpan().TrimStart(" \r\n\t"u8) is [(byte)'{', ..] ? QuoteReply(frame) : null;
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    internal static string? Message(byte[] frame, bool binary)
    {
        try
        {
            if (PnlPushParser.IsPush(frame))
            {
                return FuzzRun.Leak(PnlPushParser.Parse(frame, DateTimeOffset.UnixEpoch, out var pnl)) ?? Printed([pnl]);
            }

            try
            {
                return Printed([MessageFrameReader.Read(frame, DateTimeOffset.UnixEpoch).Event]);
            }
            catch (JsonException exception)
            {
                return FuzzRun.Leak(StreamErrors.Describe(exception));
            }
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    internal static string? Manager(byte[] frame, bool binary)
    {
        try
        {
            return Printed([ManagerEventReader.Read(frame, DateTimeOffset.UnixEpoch)]);
        }
        catch (JsonException exception)
        {
            return FuzzRun.Leak(StreamErrors.Describe(exception));
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    private static string? QuoteReply(ReadOnlySpan<byte> json)
    {
        ReadOnlySpan<byte> data;
        try
        {
            QuoteReplyReader.ReadEnvelope(json, out data);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or OverflowException)
        {
            return FuzzRun.Leak(StreamErrors.Describe(exception));
        }

        var sink = new QuoteSink();
        return Reported(data, static (d, s) => QuoteReplyReader.ReadTickSnapshot(d, s), sink)
            ?? Reported(data, static (d, s) => QuoteReplyReader.ReadMarketSnapshot(d, s), sink)
            ?? Reported(data, static (d, s) => QuoteReplyReader.ReadRollingSnapshot(d, s), sink)
            ?? Reported(data, static (d, _) => Printed([QuoteReplyReader.ReadKlines(d)]), sink)
            ?? Reported(data, static (d, _) => Printed(QuoteReplyReader.ReadKlineBatch(d)), sink)
            ?? Printed(sink.Quotes);
    }

    /// <summary>What a consumer that logs every event it gets would see: <c>ToString()</c> must not throw either.</summary>
    private static string? Printed(IEnumerable<object?> events)
    {
        foreach (var item in events)
        {
            _ = item?.ToString();
        }

        return null;
    }

    private static string? Reported(ReadOnlySpan<byte> data, DataReader read, QuoteSink sink)
    {
        try
        {
            read(data, sink);
            return null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or OverflowException)
        {
            return FuzzRun.Leak(StreamErrors.Describe(exception));
        }
    }

    private delegate void DataReader(ReadOnlySpan<byte> data, QuoteSink sink);
}

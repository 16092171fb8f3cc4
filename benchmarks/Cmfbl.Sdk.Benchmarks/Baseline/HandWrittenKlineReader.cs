using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Cmfbl.Sdk.Benchmarks.Baseline;

/// <summary>
/// The compressed K-line answer read by hand, as the vendor's client does it: inflate, URL-decode the text, parse the
/// JSON (a <see cref="JsonDocument"/>), and build the bars.
/// </summary>
public static class HandWrittenKlineReader
{
    public static List<BaselineBar> Read(byte[] frame)
    {
        using var input = new MemoryStream(frame, writable: false);
        using var inflater = new ZLibStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(inflater, Encoding.ASCII);
        var json = Uri.UnescapeDataString(reader.ReadToEnd());
        using var document = JsonDocument.Parse(json);
        var bars = new List<BaselineBar>();
        foreach (var bar in document.RootElement.GetProperty("data").GetProperty("kline_list").EnumerateArray())
        {
            bars.Add(new BaselineBar
            {
                Time = bar.GetProperty("timestamp").GetInt64(),
                Open = decimal.Parse(bar.GetProperty("open_price").GetString()!, CultureInfo.InvariantCulture),
                Close = decimal.Parse(bar.GetProperty("close_price").GetString()!, CultureInfo.InvariantCulture),
                High = decimal.Parse(bar.GetProperty("high_price").GetString()!, CultureInfo.InvariantCulture),
                Low = decimal.Parse(bar.GetProperty("low_price").GetString()!, CultureInfo.InvariantCulture),
                LastTickTime = bar.GetProperty("last_tick_time").GetInt64(),
                LastTickSeq = bar.GetProperty("last_tick_seq").GetInt64(),
                Volume = decimal.Parse(bar.GetProperty("transactions_number").GetString()!, CultureInfo.InvariantCulture),
            });
        }

        return bars;
    }
}

/// <summary>One K-line bar, as the hand-written reader builds it.</summary>
public sealed class BaselineBar
{
    public long Time { get; init; }

    public decimal Open { get; init; }

    public decimal Close { get; init; }

    public decimal High { get; init; }

    public decimal Low { get; init; }

    public long LastTickTime { get; init; }

    public long LastTickSeq { get; init; }

    public decimal Volume { get; init; }
}

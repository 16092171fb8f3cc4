using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Cmfbl.Sdk.Benchmarks.Wire;

/// <summary>Quote frames as the service sends them: ticker pushes with varying prices, and a compressed K-line answer.</summary>
public static class QuotePayloads
{
    /// <summary>Makes <paramref name="count"/> distinct <c>p(…)</c> pushes over 50 products, prices with 2 to 5 decimals.</summary>
    public static byte[][] Ticks(int count)
    {
        var random = new Random(1234);
        var frames = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var symbol = 1000 + (i % 50);
            var digits = 2 + (i % 4);
            var bid = Math.Round((decimal)(random.NextDouble() * 70_000), digits);
            var ask = bid + Math.Round((decimal)random.NextDouble(), digits);
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"p({symbol},1,1,{1_700_000_000_000_000 + i},{1_700_000_000_000 + i},{(bid + ask) / 2:F5},{bid},{ask},{random.Next(1, 500)}.{random.Next(0, 99):D2},{random.Next(1, 500)});");
            frames[i] = Encoding.UTF8.GetBytes(text);
        }

        return frames;
    }

    /// <summary>A 14013 answer with <paramref name="bars"/> bars: JSON, URL-encoded, zlib-compressed.</summary>
    public static byte[] CompressedKlines(int bars)
    {
        var json = new StringBuilder("""{"ret":200,"msg":"ok","cmd_id":14013,"seq_id":1,"ext":"bench","data":{"symbol_id":1,"trade_type":1,"trade_mode":1,"kline_type":1,"price_digits":2,"kline_list":[""");
        for (var i = 0; i < bars; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            var open = 65_000m + i;
            json.Append(CultureInfo.InvariantCulture, $$"""{"timestamp":{{1_700_000_000 + (i * 60)}},"open_price":"{{open:F2}}","close_price":"{{open + 0.5m:F2}}","high_price":"{{open + 1.25m:F2}}","low_price":"{{open - 0.75m:F2}}","last_tick_time":{{1_700_000_000_000 + (i * 60_000)}},"last_tick_seq":{{i}},"transactions_number":"{{i * 3.5m:F1}}"}""");
        }

        json.Append("]}}");
        var encoded = Encoding.ASCII.GetBytes(Uri.EscapeDataString(json.ToString()));
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(encoded);
        }

        return output.ToArray();
    }
}

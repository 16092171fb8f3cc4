using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Cmfbl.Sdk.Tests.Streams.Fuzz;

/// <summary>
/// Seeded, deterministic mutations of valid stream frames, by family: truncation at every offset, every JSON value
/// replaced by every wrong kind, byte noise (including invalid UTF-8), structure (duplicate keys, deep nesting, long
/// strings), the comma-separated values of text pushes replaced by bad numbers, and compressed payloads.
/// </summary>
internal static class FrameMutator
{
    /// <summary>A string the frames carry that must never reach an exception message or a log line.</summary>
    public const string Marker = "SECRET-7f3a";

    /// <summary>What a JSON value is replaced with: every kind, numbers as strings, exponents, huge, negative, bad text.</summary>
    public static readonly string[] JsonValues =
    [
        "null", "true", "false", "[]", "{}", "[1,2]", "{\"a\":1}", "[{}]", "[null]", "[[1]]", "\"\"", "\" \"", "\"x\"", $"\"{Marker}\"",
        "0", "-1", "1.5", "-0", "1e3", "1E+2", "1e400", "-1e400", "1e-400", "99999999999999999999999999999", "9223372036854775808",
        "-9223372036854775809", "4294967296", "2147483648", "253402300800000", "-62135596800001",
        "\"12\"", "\"-1\"", "\"1e5\"", "\"1e400\"", "\"99999999999999999999999999999999\"", "\"9223372036854775808\"", "\"1.2.3\"",
        "\"NaN\"", "\"Infinity\"", "\"--\"", "\" 5 \"", "\"0x10\"", "\"\\u0031\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"",
        "\"trade\"", "\"notice\"", "\"disconnect\"", "\"subscribe_success\"", "\"register\"", "\"unknown_code\"",
        "14001", "14011", "14013", "14015", "14017", "14009", "0", "200", "\"200\"", "500",
    ];

    /// <summary>What one value of a text push is replaced with.</summary>
    public static readonly string[] PushValues =
    [
        "", " ", "-1", "-0", "+5", "1e3", "1E+400", "1e400", "99999999999999999999999999999999", "9223372036854775808",
        "79228162514264337593543950336", "0.00000000000000000000000000001", "1.2.3", "NaN", "--", "null", "0x10", ".", "-", "1 2",
        "(", ")", ";", "a", "\u00e9", new string('9', 1000), "1." + new string('0', 60), "2147483648",
    ];

    public static IEnumerable<byte[]> Truncations(byte[] frame)
    {
        for (var length = 0; length < frame.Length; length++)
        {
            yield return frame[..length];
        }
    }

    /// <summary>Every JSON value of <paramref name="frame"/> (at any depth) replaced by each of <see cref="JsonValues"/>.</summary>
    public static IEnumerable<byte[]> ValueKinds(byte[] frame)
    {
        foreach (var (start, end) in ValueRanges(frame))
        {
            foreach (var value in JsonValues)
            {
                yield return Splice(frame, start, end, Encoding.UTF8.GetBytes(value));
            }
        }
    }

    /// <summary>Random byte edits: flips, inserts, deletes, duplicated runs, invalid UTF-8 sequences.</summary>
    public static IEnumerable<byte[]> Noise(byte[] frame, Random random, int count)
    {
        byte[][] invalidUtf8 = [[0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00]];
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(frame.Length + 1);
            yield return random.Next(5) switch
            {
                0 when frame.Length > 0 => Splice(frame, Math.Min(at, frame.Length - 1), Math.Min(at, frame.Length - 1) + 1, [(byte)random.Next(256)]),
                1 => Splice(frame, at, at, [(byte)random.Next(256)]),
                2 when at < frame.Length => Splice(frame, at, Math.Min(frame.Length, at + 1 + random.Next(8)), []),
                3 when at < frame.Length => Splice(frame, at, at, frame[at..Math.Min(frame.Length, at + 1 + random.Next(16))]),
                _ => Splice(frame, at, at, invalidUtf8[random.Next(invalidUtf8.Length)]),
            };
        }
    }

    /// <summary>Duplicate keys, deep nesting and very long strings in place of each value, and frames with no content.</summary>
    public static IEnumerable<byte[]> Structure(byte[] frame)
    {
        var ranges = ValueRanges(frame).ToList();
        var longString = Encoding.UTF8.GetBytes($"\"{new string('x', 100_000)}\"");
        foreach (var depth in new[] { 63, 65, 1000, 100_000 })
        {
            var nested = Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth));
            foreach (var (start, end) in ranges.Take(12))
            {
                yield return Splice(frame, start, end, nested);
            }
        }

        foreach (var (start, end) in ranges.Take(8))
        {
            yield return Splice(frame, start, end, longString);
        }

        // Each top-level property again, last, with the wrong kinds (the duplicate wins in a streaming reader, loses in a document).
        var text = Encoding.UTF8.GetString(frame).TrimEnd();
        if (text.EndsWith('}'))
        {
            using var document = JsonDocument.Parse(frame);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                foreach (var value in new[] { "null", "\"x\"", "[]", "{}", "-1", property.Value.GetRawText() })
                {
                    yield return Encoding.UTF8.GetBytes($"{text[..^1]},\"{property.Name}\":{value}}}");
                }
            }
        }

        foreach (var empty in new[] { "", " ", "\r\n", "{}", "[]", "null", "\"\"", "0", "{", "}", "{\"", "\u00ef\u00bb\u00bf{}" })
        {
            yield return Encoding.UTF8.GetBytes(empty);
        }
    }

    /// <summary>Each comma-separated value of a text push replaced by each of <see cref="PushValues"/>, and separators added or removed.</summary>
    public static IEnumerable<byte[]> PushFields(string frame)
    {
        var separators = new List<int>();
        for (var i = 0; i < frame.Length; i++)
        {
            if (frame[i] is '(' or ',' or ')' or ';')
            {
                separators.Add(i);
            }
        }

        for (var s = 0; s + 1 < separators.Count; s++)
        {
            var start = separators[s] + 1;
            var end = separators[s + 1];
            foreach (var value in PushValues)
            {
                yield return Encoding.UTF8.GetBytes(frame[..start] + value + frame[end..]);
            }
        }

        foreach (var at in separators)
        {
            yield return Encoding.UTF8.GetBytes(frame.Remove(at, 1));
            yield return Encoding.UTF8.GetBytes(frame.Insert(at, frame[at].ToString()));
            yield return Encoding.UTF8.GetBytes(frame.Insert(at, ","));
        }

        yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(frame, 50)));
        yield return Encoding.UTF8.GetBytes(frame[..(frame.IndexOf('(') + 1)] + string.Join(',', Enumerable.Repeat("1", 10_000)) + ");");
    }

    /// <summary>Compressed payloads: the frame zlib/gzip/raw-deflated, URL-encoded, cut short, with bad headers or bad inner text.</summary>
    public static IEnumerable<byte[]> Compressed(byte[] frame, Random random)
    {
        var urlEncoded = Encoding.UTF8.GetBytes(Uri.EscapeDataString(Encoding.UTF8.GetString(frame)));
        foreach (var inner in new[] { frame, urlEncoded, "%FF%FE%ED%A0%80"u8.ToArray(), "%"u8.ToArray(), "%7"u8.ToArray(), "%7B%22"u8.ToArray(), [], "p(1,1,1,1,1,1,1,1,1,1);"u8.ToArray() })
        {
            foreach (var packed in new[] { Zlib(inner), Gzip(inner), Deflate(inner) })
            {
                yield return packed;
                yield return packed[..(packed.Length / 2)];
                yield return packed[..Math.Min(2, packed.Length)];
                if (packed.Length > 0)
                {
                    var flipped = (byte[])packed.Clone();
                    flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                    yield return flipped;
                }
            }
        }

        yield return [];
        yield return [0x1F, 0x8B];
        yield return [0x78, 0x9C];
        yield return [0x78, 0x9C, 0xFF, 0xFF, 0xFF];
        yield return [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF];
        yield return frame;
        var noise = new byte[64];
        random.NextBytes(noise);
        yield return noise;
    }

    public static byte[] Zlib(byte[] data) => Pack(data, stream => new ZLibStream(stream, CompressionLevel.Fastest, leaveOpen: true));

    public static byte[] Gzip(byte[] data) => Pack(data, stream => new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true));

    public static byte[] Deflate(byte[] data) => Pack(data, stream => new DeflateStream(stream, CompressionLevel.Fastest, leaveOpen: true));

    private static byte[] Pack(byte[] data, Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var compressor = open(output))
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Splice(byte[] frame, int start, int end, byte[] replacement) =>
        [.. frame.AsSpan(0, start), .. replacement, .. frame.AsSpan(end)];

    /// <summary>The byte range of every value of a valid JSON frame, the root excluded.</summary>
    private static List<(int Start, int End)> ValueRanges(byte[] frame)
    {
        var ranges = new List<(int, int)>();
        var starts = new Stack<int>();
        var reader = new Utf8JsonReader(frame);
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    starts.Push((int)reader.TokenStartIndex);
                    depth++;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    depth--;
                    var start = starts.Pop();
                    if (depth > 0)
                    {
                        ranges.Add((start, (int)reader.BytesConsumed));
                    }

                    break;
                case JsonTokenType.PropertyName or JsonTokenType.Comment or JsonTokenType.None:
                    break;
                default:
                    ranges.Add(((int)reader.TokenStartIndex, (int)reader.BytesConsumed));
                    break;
            }
        }

        return ranges;
    }
}

using System.Text;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Tests.Http.Fuzz;

/// <summary>Spoils a documented answer in the ways a broken server, proxy or network does, deterministically from a seed.</summary>
public sealed class AnswerMutator(int seed)
{
    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "\"\"", "\"x\"", "{}", "[]", "[{}]", "{\"a\":[1,\"b\",null]}",
        "1e400", "-1e400", "123456789012345678901234567890123456789", "0.0000000000000000000000000000001", "9223372036854775808",
        "\"\\ud800\"", "\"\\udfff tail\"", "\"\\u0000\"", "\"86021976\"", "86021976", "\"-\"", "1.5", "\"2026-11-30\"",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Gets a spoilt copy of <paramref name="answer"/> and a short description of what was done.</summary>
    public (byte[] Body, string What) Mutate(string answer)
    {
        var bytes = Encoding.UTF8.GetBytes(answer);
        return _random.Next(10) switch
        {
            0 => FlipBytes(bytes),
            1 => Truncate(bytes),
            2 => SwapValue(answer),
            3 => InvalidUtf8(bytes),
            4 => DeepNesting(answer),
            5 => SwapValue(answer),
            6 => Duplicate(answer),
            7 => (Encoding.UTF8.GetPreamble().Concat(FlipBytes(bytes).Item1).ToArray(), "BOM + flipped byte"),
            8 => SwapValue(answer),
            _ => Garbage(),
        };
    }

    private (byte[], string) FlipBytes(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }

        return (copy, $"{count} byte(s) flipped");
    }

    private (byte[], string) Truncate(byte[] bytes)
    {
        var length = _random.Next(bytes.Length);
        return (bytes[..length], $"cut at {length} of {bytes.Length}");
    }

    private (byte[], string) InvalidUtf8(byte[] bytes)
    {
        // Inside a string value: after the first quote following a random position.
        var at = Array.IndexOf(bytes, (byte)'"', _random.Next(bytes.Length));
        at = at < 0 ? bytes.Length / 2 : at + 1;
        byte[][] bad = [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80, 0x80]];
        var insert = bad[_random.Next(bad.Length)];
        return ([.. bytes[..at], .. insert, .. bytes[at..]], $"invalid UTF-8 {Convert.ToHexString(insert)} at {at}");
    }

    private Swapped SwapValue(string answer)
    {
        var root = JsonNode.Parse(answer)!;
        var values = new List<(JsonNode Parent, object Key)>();
        Collect(root, values);
        if (values.Count == 0)
        {
            return new(answer, "no value to swap");
        }

        var (parent, key) = values[_random.Next(values.Count)];
        var replacement = Replacements[_random.Next(Replacements.Length)];

        // Spliced in as text: some replacements (lone surrogates, huge numbers) are JSON that System.Text.Json.Nodes cannot hold.
        var node = JsonValue.Create("__MARK__");
        switch (parent)
        {
            case JsonObject obj:
                obj[(string)key] = node;
                break;
            case JsonArray array:
                array[(int)key] = node;
                break;
        }

        var json = root.ToJsonString().Replace("\"__MARK__\"", replacement, StringComparison.Ordinal);
        return new(json, $"{key} -> {replacement}");
    }

    private (byte[], string) DeepNesting(string answer)
    {
        var depth = 64 + _random.Next(5000);
        var open = _random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var root = JsonNode.Parse(answer)!.AsObject();
        root["data"] = JsonValue.Create("__DEEP__");
        return (Encoding.UTF8.GetBytes(root.ToJsonString().Replace("\"__DEEP__\"", nested, StringComparison.Ordinal)), $"data nested {depth} deep");
    }

    private (byte[], string) Duplicate(string answer)
    {
        var inner = answer.TrimStart()[1..];
        var extra = _random.Next(3) switch
        {
            0 => "\"code\":\"0\",",
            1 => "\"data\":null,",
            _ => "\"code\":\"GATEWAY_CODE_902\",",
        };
        return (Encoding.UTF8.GetBytes("{" + extra + inner), $"duplicate {extra}");
    }

    private (byte[], string) Garbage()
    {
        var bytes = new byte[_random.Next(64)];
        _random.NextBytes(bytes);
        return (bytes, $"{bytes.Length} random bytes");
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToArray())
                {
                    values.Add((obj, name));
                    if (child is not null)
                    {
                        Collect(child, values);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    values.Add((array, i));
                    if (array[i] is { } child)
                    {
                        Collect(child, values);
                    }
                }

                break;
        }
    }

    /// <summary>A mutated answer as text.</summary>
    private readonly record struct Swapped(string Json, string What)
    {
        public static implicit operator (byte[], string)(Swapped swapped) => (Encoding.UTF8.GetBytes(swapped.Json), swapped.What);
    }
}

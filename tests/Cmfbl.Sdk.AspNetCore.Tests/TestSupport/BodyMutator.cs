using System.Text;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>
/// Mutates a valid JSON body: truncation, type swaps, removed fields, invalid UTF-8, deep nesting, byte flips, wrong
/// roots, duplicate keys, over-long values and huge numbers. Deterministic for a seeded <see cref="Random"/>.
/// </summary>
public static class BodyMutator
{
    private static readonly JsonNode?[] Replacements =
    [
        123, -1, 1.5, "text", true, false, null, new JsonArray(), new JsonObject(), "", "1e400",
        JsonNode.Parse("1e400"), JsonNode.Parse("99999999999999999999999999999999"), new string('9', 60), new string('x', 300),
    ];

    public static (byte[] Body, string Mutation) Mutate(JsonObject body, Random random)
    {
        var names = body.Select(p => p.Key).ToArray();
        var field = names[random.Next(names.Length)];
        var valid = Encoding.UTF8.GetBytes(body.ToJsonString());
        switch (random.Next(10))
        {
            case 0:
                return (valid[..random.Next(valid.Length)], "truncation");
            case 1:
                body[field] = Replacements[random.Next(Replacements.Length)]?.DeepClone();
                return (Encoding.UTF8.GetBytes(body.ToJsonString()), $"type swap of {field}");
            case 2:
                body.Remove(field);
                return (Encoding.UTF8.GetBytes(body.ToJsonString()), $"removal of {field}");
            case 3:
            {
                body[field] = "MARK";
                var text = Encoding.UTF8.GetBytes(body.ToJsonString());
                var at = IndexOf(text, "MARK"u8);
                byte[][] invalid = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C, 0x28]];
                return ([.. text[..at], .. invalid[random.Next(invalid.Length)], .. text[(at + 4)..]], $"invalid UTF-8 in {field}");
            }

            case 4:
            {
                var depth = random.Next(20, 3000);
                var text = body.ToJsonString().Replace($"\"{field}\":", $"\"{field}\":{new string('[', depth)}1{new string(']', depth)},\"x{field}\":", StringComparison.Ordinal);
                return (Encoding.UTF8.GetBytes(text), $"nesting {depth} deep in {field}");
            }

            case 5:
            {
                var flipped = valid.ToArray();
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return (flipped, "byte flips");
            }

            case 6:
            {
                string[] roots = ["", "[]", "\"text\"", "1", "null", "true", "{", "}", "{}{}", "\uFEFF{}"];
                return (Encoding.UTF8.GetBytes(roots[random.Next(roots.Length)]), "wrong root");
            }

            case 7:
                return (Encoding.UTF8.GetBytes(body.ToJsonString()[..^1] + $",\"{field}\":{{\"x\":1}}}}"), $"duplicate {field}");
            case 8:
                body[field] = new string('z', random.Next(49, 5000));
                return (Encoding.UTF8.GetBytes(body.ToJsonString()), $"long {field}");
            default:
                body[field] = JsonNode.Parse(random.Next(2) == 0 ? "-0.0000000000000000000000000000000000000001" : "1234567890123456789012345678901234567890.5");
                return (Encoding.UTF8.GetBytes(body.ToJsonString()), $"huge number in {field}");
        }
    }

    private static int IndexOf(byte[] text, ReadOnlySpan<byte> marker) => text.AsSpan().IndexOf(marker);
}

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using static Cmfbl.Sdk.AspNetCore.Tests.TestSupport.SettlementWire;

namespace Cmfbl.Sdk.AspNetCore.Tests.Settlement;

/// <summary>
/// A fuzz of malformed bodies: thousands of mutations of valid requests (truncation, type swaps, removed fields,
/// invalid UTF-8, huge numbers, deep nesting, byte flips, wrong roots, over-long values), each with its own numbers.
/// Every answer is an envelope with HTTP 200 or 4xx, never a 5xx; a 4xx stores nothing and reaches no handler.
/// </summary>
public sealed class MalformedBodyFuzzTests
{
    private const int MutationsPerEndpoint = 1000;

    private static readonly JsonNode?[] Replacements =
    [
        123, -1, 1.5, "text", true, false, null, new JsonArray(), new JsonObject(), "", "1e400",
        JsonNode.Parse("1e400"), JsonNode.Parse("99999999999999999999999999999999"), new string('9', 60), new string('x', 300),
    ];

    [Fact]
    public async Task MutatedBodies_AreAnswered200Or4xx_NeverA5xx_AndA4xxStoresNothing()
    {
        var ledger = new Ledger();
        await using var host = await SettlementFixture.StartAsync(ledger);
        var store = host.Store();
        var random = new Random(17);
        var cases = new List<(string Path, string Number, string? Reverse, byte[] Body, string Mutation)>();
        for (var i = 0; i < MutationsPerEndpoint * 3; i++)
        {
            var number = "F" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var reverse = "V" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (path, body) = (i % 3) switch
            {
                0 => (AdjustPath, (JsonObject)AdjustBody(number)),
                1 => (CancelPath, CancelBody(number, reverse)),
                _ => (BalancePath, BalanceBody()),
            };
            var (bytes, mutation) = Mutate(body, random);
            cases.Add((path, number, path == CancelPath ? reverse : null, bytes, mutation));
        }

        var results = new ConcurrentBag<(int Index, WireReply Reply)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, _) =>
            results.Add((index, await PostRawAsync(host.Client, cases[index].Path, cases[index].Body, "t-fuzz-" + index))));

        var refused = 0;
        foreach (var (index, reply) in results)
        {
            var (path, number, reverse, _, mutation) = cases[index];
            Assert.True(reply.Status is HttpStatusCode.OK || ((int)reply.Status is >= 400 and < 500), $"{mutation} on {path}: HTTP {(int)reply.Status} {reply.Body}");
            Assert.NotEqual("", reply.Code);
            Assert.Equal("t-fuzz-" + index, reply.Trace);
            if (reply.Status != HttpStatusCode.OK)
            {
                refused++;
                Assert.NotEqual("0", reply.Code);
                Assert.Null(await store.GetAsync("adjust:" + number, default));
                Assert.Null(await store.GetAsync("cancel:" + number, default));
                if (reverse is not null)
                {
                    Assert.Null(await store.GetAsync("adjust:" + reverse, default));
                }
            }
        }

        // A mutation may turn requestUniqueNo into a value another mutation also has (123, "text"): those are repeats.
        var done = results
            .Where(r => cases[r.Index].Path == AdjustPath && r.Reply.Code == "0")
            .Select(r => JsonNode.Parse(cases[r.Index].Body)!["requestUniqueNo"]!.ToString())
            .Distinct()
            .Count();
        Assert.Equal(done, ledger.Adjustments.Count);
        Assert.Equal(ledger.Adjustments.Count, ledger.Adjustments.Select(a => a.RequestUniqueNo).Distinct().Count());
        Assert.InRange(refused, cases.Count / 2, cases.Count);
        Assert.DoesNotContain(host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    private static (byte[] Body, string Mutation) Mutate(JsonObject body, Random random)
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

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
            var (bytes, mutation) = BodyMutator.Mutate(body, random);
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
}

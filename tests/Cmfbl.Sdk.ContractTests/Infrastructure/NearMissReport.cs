using System.Text;
using Newtonsoft.Json;
using WireMock;
using WireMock.Extensions;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.Matchers.Request;
using WireMock.RequestBuilders;
using WireMock.Types;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>
/// Says why requests matched no mapping: each request as received, then the mappings closest to it (fewest criteria
/// failed; among equals, those whose body criterion is met first) with every criterion they failed, what it expected
/// and what the request had.
/// </summary>
internal static class NearMissReport
{
    private const int Closest = 3;
    private static readonly IDictionary<string, WireMockList<string>> EmptyHeaders = new Dictionary<string, WireMockList<string>>();

    public static string For(IReadOnlyList<ILogEntry> unmatched, IEnumerable<IMapping> mappings, Func<IMapping, string> describeMapping)
    {
        var text = new StringBuilder().Append(unmatched.Count).AppendLine(" request(s) matched no mapping.");
        foreach (var request in unmatched.Select(e => e.RequestMessage))
        {
            text.AppendLine().Append(request.Method).Append(' ').AppendLine(request.Path);
            foreach (var (name, values) in request.Headers ?? EmptyHeaders)
            {
                text.Append("  ").Append(name).Append(": ").AppendLine(string.Join(", ", values));
            }

            text.Append("  body: ").AppendLine(request.Body);
            text.AppendLine("Closest mappings:");
            var closest = mappings
                .Select(m => (Mapping: m, Criteria: m.RequestMatcher is Request r ? r.GetRequestMessageMatchers<IRequestMatcher>() : [m.RequestMatcher]))
                .Select(c => (c.Mapping, c.Criteria.Count, Failed: c.Criteria.Where(criterion => !Meets(criterion, request)).ToArray()))
                .OrderBy(c => c.Failed.Length)
                .ThenBy(c => c.Failed.Any(f => f is RequestMessageBodyMatcher)) // a body that differs usually means "not this mapping"
                .ThenBy(c => c.Mapping.Priority)
                .Take(Closest);
            foreach (var (mapping, count, failed) in closest)
            {
                text.Append("  ").Append(describeMapping(mapping)).Append(": ").Append(count - failed.Length).Append(" of ").Append(count).AppendLine(" criteria met");
                foreach (var criterion in failed)
                {
                    text.Append("    x ").AppendLine(Describe(criterion, request));
                }
            }
        }

        return text.ToString();
    }

    private static bool Meets(IRequestMatcher criterion, IRequestMessage request) =>
        MatchScores.IsPerfect(criterion.GetMatchingScore(request, new RequestMatchResult()));

    private static string Describe(IRequestMatcher criterion, IRequestMessage request) => criterion switch
    {
        RequestMessagePathMatcher p => $"path: expected {Expected(p.Matchers)}, got {request.Path}",
        RequestMessageHeaderMatcher h => $"header {h.Name}: expected {(h.MatchBehaviour == MatchBehaviour.RejectOnMatch ? "absent" : Expected(h.Matchers))}, got {Header(request, h.Name)}",
        RequestMessageBodyMatcher b => $"body: expected {Expected(b.Matchers)}, got {request.Body}",
        _ when criterion.GetType().Name == "RequestMessageMethodMatcher" => $"method: {request.Method} is not the mapping's",
        _ => $"{criterion.GetType().Name} not met",
    };

    private static string Expected(IEnumerable<IMatcher>? matchers) => string.Join(" and ", (matchers ?? []).Select(Expected));

    private static string Expected(IMatcher matcher)
    {
        var pattern = matcher switch
        {
            IStringMatcher s => string.Join(" | ", s.GetPatterns().Select(p => p.GetPattern())),
            IObjectMatcher o => JsonConvert.SerializeObject(o.Value),
            _ => string.Empty,
        };
        var regex = matcher is JsonMatcher { Regex: true } ? " (string values are regular expressions)" : string.Empty;
        var not = matcher.MatchBehaviour == MatchBehaviour.RejectOnMatch ? "not " : string.Empty;
        return $"{not}{matcher.Name} {pattern}{regex}";
    }

    private static string Header(IRequestMessage request, string name)
    {
        var header = (request.Headers ?? EmptyHeaders)
            .FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        return header.Value is null ? "(absent)" : $"{header.Key}: {string.Join(", ", header.Value)}";
    }
}

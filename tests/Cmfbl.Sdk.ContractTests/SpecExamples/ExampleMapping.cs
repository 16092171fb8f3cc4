using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Http;
using WireMock.Admin.Mappings;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// The strict mapping that answers one replayed example: the operation's method (POST, or the spec's GET) to its path, with exactly the headers the
/// SDK sends for its auth and kind (as the mapping files match them, README: The server), answered verbatim.
/// </summary>
internal static class ExampleMapping
{
    /// <summary>Served before the mapping files (priority 1 and 5) that answer the same path for other tests.</summary>
    private const int Priority = 0;

    /// <summary>The Manager token before or after a renewal (scenario <c>manager-token</c>), so a replayed login-expired code may renew it.</summary>
    private static readonly string ManagerToken = $"^({Constants.FirstToken}|{Constants.SecondToken})$";

    public static MappingModel For(SpecOperation operation, string title, string answer) => new()
    {
        Title = title,
        Description = "Spec example replay (SpecExamples/), served for one test.",
        Priority = Priority,
        Request = new RequestModel
        {
            Methods = [operation.Operation.Vendor.HttpMethod],
            Path = new PathModel { Matchers = [Exact(operation.UrlPath)] },
            Headers = Headers(operation).ToList(),
            // A quote endpoint carries the quote token in the URL (its request, in the query parameter or the body, is compared by the replay).
            Params = operation.Operation.Vendor.QuoteEnvelope ? [new ParamModel { Name = "token", Matchers = [Exact(Constants.QuoteToken)] }] : null,
        },
        Response = new ResponseModel
        {
            StatusCode = 200,
            Headers = new Dictionary<string, object> { ["Content-Type"] = "application/json" },
            Body = answer,
        },
    };

    private static IEnumerable<HeaderModel> Headers(SpecOperation operation)
    {
        yield return Header("trace", Regex("^(?!x-).+$"));
        // A quote endpoint is not a gateway operation: no version header.
        yield return operation.Operation.Vendor.QuoteEnvelope ? Absent("version") : Header("version", Exact(operation.Operation.Version));
        var identified = operation.Auth != OperationAuth.None;
        var company = operation.Family == "Auth2" ? "company" : "companyId"; // the Auth2 API's name for it
        yield return identified ? Header(company, Exact("439")) : Absent(company);
        yield return identified ? Header("lang", Exact("en-US")) : Absent("lang");
        if (operation.Operation.Headers.All(static h => h.Header != "token"))
        {
            yield return Token(operation); // otherwise the token is the caller's, a header parameter (below)
        }

        yield return operation.Operation.Kind == nameof(OperationKind.KeyedWrite) ? Header("idempotency-key", Regex("^.+$")) : Absent("idempotency-key");
        foreach (var (header, _, optional, _) in operation.Operation.Headers)
        {
            yield return optional ? Absent(header) : Header(header, Exact(OperationInvoker.HeaderValue(header)));
        }
    }

    /// <summary>
    /// The token: the Manager token on a Manager operation that sends one (the credentials are configured, so "when
    /// available" sends it too); the session's on a Client operation called through a session; none otherwise.
    /// </summary>
    private static HeaderModel Token(SpecOperation operation) => operation.Auth switch
    {
        OperationAuth.Token or OperationAuth.TokenWhenAvailable when operation.Family == "Manager" => Header("token", Regex(ManagerToken)),
        OperationAuth.Token when OperationInvoker.NeedsSession(operation) => Header("token", Exact(Constants.ClientToken)),
        _ => Absent("token"),
    };

    private static HeaderModel Header(string name, MatcherModel matcher) => new() { Name = name, Matchers = [matcher] };

    /// <summary>A header that must not be sent, in any case of its name (README: The server).</summary>
    private static HeaderModel Absent(string name) => new()
    {
        Name = name,
        IgnoreCase = true,
        RejectOnMatch = true,
        Matchers = [new MatcherModel { Name = "WildcardMatcher", Pattern = "*", RejectOnMatch = true }],
    };

    private static MatcherModel Exact(string value) => new() { Name = "ExactMatcher", Pattern = value };

    private static MatcherModel Regex(string pattern) => new() { Name = "RegexMatcher", Pattern = pattern };
}

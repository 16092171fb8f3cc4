using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Serialization.Internal;
using Xunit.Abstractions;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// Every answer example of the vendor specs, replayed through the SDK method of its operation, for every operation the
/// generator resolves (one test case per example, no code per operation): the call succeeds and the typed answer,
/// written back with the SDK's JSON context, keeps every field of the example's <c>data</c>; the body sent keeps
/// every field of the request example. Operations without a success example are replayed with an answer synthesized
/// from their schema; error examples must throw the exception their code's category says. README: Spec example replay.
/// </summary>
public sealed class SpecExampleReplayTests(WireMockFixture server, ITestOutputHelper output) : ContractTest(server)
{
    private static readonly JsonSerializerOptions Json = CmfblJsonResolver.Options;

    public static TheoryData<string> SuccessExamples => [.. Cases(static op => op.Successes.Count)];

    public static TheoryData<string> OperationsWithoutSuccessExample => [.. WithoutSuccessExample()];

    public static TheoryData<string> ErrorExamples => [.. Cases(static op => op.Errors.Count)];

    [Theory]
    [MemberData(nameof(SuccessExamples))]
    public async Task SuccessExample_ReplayedThroughTheSdk_KeepsEveryFieldOfTheAnswerAndOfTheRequest(string example)
    {
        var (operation, index) = Case(example);
        var envelope = (JsonObject)operation.Successes[index].DeepClone();
        if (ExampleJson.IsPlaceholderCode(envelope))
        {
            envelope["code"] = "0"; // the SDK treats only "0" as success (README: Spec example replay)
        }

        await ReplayAsync(operation, example, envelope);
    }

    [Theory]
    [MemberData(nameof(OperationsWithoutSuccessExample))]
    public async Task SynthesizedAnswer_ReplayedThroughTheSdk_KeepsEveryField(string id)
    {
        var operation = SpecCatalog.Operations[id];
        var data = operation.Operation.Answer switch
        {
            Generator.Model.AnswerShape.None => null,
            Generator.Model.AnswerShape.Text when operation.Operation.AnswerDigits => JsonValue.Create(Constants.CustomerNo),
            _ => ExampleSynthesizer.Value(operation.Operation.Vendor.DataSchema, operation.AnswerType, Json, "data"),
        };
        var envelope = new JsonObject
        {
            ["code"] = "0",
            ["msg"] = "Success",
            ["bizCode"] = "",
            ["trace"] = "t-contract-synthesized",
            ["tm"] = 1,
            ["ok"] = true,
            ["fail"] = false,
            ["data"] = data,
        };

        await ReplayAsync(operation, Synthesized(id), envelope);
    }

    [Theory]
    [MemberData(nameof(ErrorExamples))]
    public async Task ErrorExample_ReplayedThroughTheSdk_ThrowsTheExceptionOfItsCode(string example)
    {
        var (operation, index) = Case(example);
        var envelope = operation.Errors[index];
        var code = ExampleJson.Code(envelope)!;
        var (request, _, _) = RequestBuilder.Build(operation, Json);
        var sdk = Sdk(static options =>
        {
            options.ManagerApi.Resilience.MaxRetryAttempts = 0;
            options.ClientApi.Resilience.MaxRetryAttempts = 0;
            options.Auth2.Resilience.MaxRetryAttempts = 0;
            options.ManagerApi.QuoteToken = Constants.QuoteToken;
        });

        var exception = await ServeAsync(operation, example, envelope, () => OperationInvoker.CallAsync(operation, sdk, request));

        var failure = Assert.IsAssignableFrom<CmfblException>(exception);
        var sent = Server.Requests(operation.UrlPath, operation.Operation.Vendor.HttpMethod);
        Assert.IsType(ExpectedFailure.For(code, operation, sent.Count > 0 ? sent[0].Body : null), failure);
        Assert.Equal(code, ExpectedFailure.CodeOf(failure));
    }

    [Fact]
    public void Catalog_HoldsEveryMethodOfTheGeneratedInterfaces_WithEveryExampleReadable()
    {
        var operations = SpecCatalog.Operations.Values.ToArray();
        var methods = operations.Select(static op => op.Service).Distinct()
            .SelectMany(static service => service.GetMethods())
            .Where(static method => method.GetCustomAttributes(typeof(Refit.HttpMethodAttribute), inherit: false).Length > 0)
            .ToArray();

        Assert.Contains(operations, static op => op.Family == "Manager");
        Assert.Contains(operations, static op => op.Family == "Client");
        Assert.Equal(methods.Length, operations.Length);
        var unreadable = operations.SelectMany(static op => op.Unreadable).Concat(operations.SelectMany(UnreadableRequestExample)).ToArray();
        Assert.All(unreadable, static u => Assert.True(KnownDeviations.UnreadableExample(u.Example) is not null, $"{u.Example}: {u.Problem}"));
        Assert.All(KnownDeviations.ListedUnreadable, listed => Assert.Contains(listed, unreadable.Select(static u => u.Example)));
        output.WriteLine(
            $"{operations.Length} operations ({operations.Count(static op => op.Family == "Manager")} Manager, {operations.Count(static op => op.Family == "Client")} Client): "
            + $"{operations.Count(static op => op.Successes.Count > 0)} replay {operations.Sum(static op => op.Successes.Count)} success example(s), "
            + $"{operations.Count(static op => op.Successes.Count == 0)} a synthesized answer; {operations.Sum(static op => op.Errors.Count)} error example(s).");
    }

    [Fact]
    public void KnownDeviations_NameReplaysThatExist()
    {
        var replays = Cases(static op => op.Successes.Count).Concat(WithoutSuccessExample().Select(Synthesized)).ToHashSet(StringComparer.Ordinal);

        Assert.All(KnownDeviations.Listed, listed => Assert.Contains(listed, replays));
    }

    /// <summary>The operation's request example when the vendor wrote it as text that does not read as JSON.</summary>
    private static IEnumerable<(string Example, string Problem)> UnreadableRequestExample(SpecOperation operation)
    {
        var example = operation.Operation.Vendor.RequestExample;
        if (!ExampleJson.IsMissing(example) && ExampleJson.Envelope(example, out var problem) is null)
        {
            yield return (KnownDeviations.RequestExample(operation.Id), problem!);
        }
    }

    private static IEnumerable<string> Cases(Func<SpecOperation, int> count) => SpecCatalog.Operations.Values
        .OrderBy(static op => op.Id, StringComparer.Ordinal)
        .SelectMany(op => Enumerable.Range(1, count(op)).Select(i => $"{op.Id} #{i}"));

    private static IEnumerable<string> WithoutSuccessExample() =>
        SpecCatalog.Operations.Values.Where(static op => op.Successes.Count == 0).Select(static op => op.Id).Order(StringComparer.Ordinal);

    private static string Synthesized(string id) => id + " (synthesized)";

    private static (SpecOperation Operation, int Index) Case(string example)
    {
        var at = example.LastIndexOf(" #", StringComparison.Ordinal);
        return (SpecCatalog.Operations[example[..at]], int.Parse(example[(at + 2)..], System.Globalization.CultureInfo.InvariantCulture) - 1);
    }

    /// <summary>Serves <paramref name="envelope"/>, calls the operation, and checks the body sent and the typed answer.</summary>
    private async Task ReplayAsync(SpecOperation operation, string replay, JsonObject envelope)
    {
        object? request;
        JsonNode? expectedRequest;
        IReadOnlyList<string> completed;
        try
        {
            (request, expectedRequest, completed) = RequestBuilder.Build(operation, Json);
        }
        catch (JsonException unreadable)
        {
            Assert.Fail($"{operation.Id}: the spec's request example does not read into {operation.RequestType?.Name}: {unreadable.Message}");
            return;
        }

        if (completed.Count > 0)
        {
            output.WriteLine($"The request example lacks the required field(s) {string.Join(", ", completed)}: synthesized.");
        }

        object? answer = null;
        var sdk = Sdk(static options => options.ManagerApi.QuoteToken = Constants.QuoteToken);
        var exception = await ServeAsync(operation, replay, envelope, async () => answer = await OperationInvoker.CallAsync(operation, sdk, request));
        if (exception is not null)
        {
            output.WriteLine($"The call failed: {exception}");
        }

        var sent = Sent(operation);
        var differences = FieldComparer.Differences(expectedRequest, sent, operation.RequestType, Json).Select(static d => "request " + d)
            .Concat(exception is null
                ? AnswerDifferences(operation, envelope["data"], answer).Select(static d => "answer " + d)
                : [$"call failed with {exception.GetType().Name}: {FirstSentence(exception.Message)}"])
            .ToArray();
        if (KnownDeviations.For(replay) is var (reason, known))
        {
            output.WriteLine($"Known deviation: {reason}");
            Assert.True(
                differences.ToHashSet(StringComparer.Ordinal).SetEquals(known),
                $"{replay} is a known deviation, but its differences changed (update SpecExamples/KnownDeviations.cs):{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
            return;
        }

        Assert.True(differences.Length == 0, $"{operation.Id} dropped or changed fields:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
    }

    /// <summary>
    /// The request the SDK sent: the body, or for a quote endpoint the <c>data</c> of its <c>{trace, data}</c>, from the
    /// URL-encoded <c>query</c> parameter or the body (the request model is the <c>data</c> part).
    /// </summary>
    private JsonNode? Sent(SpecOperation operation)
    {
        var vendor = operation.Operation.Vendor;
        var received = Assert.Single(Server.Requests(operation.UrlPath, vendor.HttpMethod));
        if (!vendor.QuoteEnvelope)
        {
            if (vendor.HttpMethod == "GET")
            {
                Assert.True(string.IsNullOrEmpty(received.Body), $"{operation.Id} is a GET, which sends no body; the SDK sent {received.Body}");
            }

            return string.IsNullOrEmpty(received.Body) ? null : JsonNode.Parse(received.Body);
        }

        var query = System.Web.HttpUtility.ParseQueryString(Server.LastQuery(operation.UrlPath) ?? string.Empty);
        Assert.Equal(Constants.QuoteToken, query["token"]);
        var wrapped = JsonNode.Parse(vendor.QuoteQueryInUrl ? query["query"] ?? "null" : received.Body);
        Assert.False(string.IsNullOrEmpty(wrapped?["trace"]?.GetValue<string>()), $"{operation.Id}: the quote request carries no trace.");
        return wrapped?["data"];
    }

    /// <summary>The first sentence of an SDK message (the rest names the trace, which differs on every run).</summary>
    private static string FirstSentence(string message) =>
        message.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? message[..(end + 1)] : message;

    private static IEnumerable<string> AnswerDifferences(SpecOperation operation, JsonNode? data, object? answer)
    {
        if (operation.AnswerType is not { } type)
        {
            // The method returns nothing: an acknowledgement (null, a flag, a word) is all the data may be.
            return data is null or JsonValue || data is JsonObject { Count: 0 } || data is JsonArray { Count: 0 }
                ? []
                : [$"$: the method returns nothing, so the example's data {data.ToJsonString()} is dropped"];
        }

        if (operation.Operation.AnswerAcceptBoolean && data is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            && (answer is "" || (answer is null && operation.Operation.AnswerNullable)))
        {
            return []; // the overlay's answer.acceptBoolean: an old boolean answer reads as no text, or as no model
        }

        var (written, writtenType) = AnswerJson.Write(answer, type, Json);
        return FieldComparer.Differences(data, written, writtenType, Json);
    }

    /// <summary>Serves the answer for the duration of <paramref name="call"/>; returns what it threw (null when it succeeded) once the request is proven to have been answered by this mapping.</summary>
    private async Task<Exception?> ServeAsync(SpecOperation operation, string title, JsonObject envelope, Func<Task> call)
    {
        var mapping = Server.Serve(ExampleMapping.For(operation, title, envelope.ToJsonString()));
        Exception? thrown = null;
        try
        {
            await call();
        }
        catch (Exception exception) when (exception is CmfblException or JsonException or InvalidOperationException)
        {
            thrown = exception;
        }
        finally
        {
            Server.Withdraw(mapping);
        }

        var answeredBy = Server.AnsweredBy(operation.UrlPath);
        Assert.True(answeredBy.Count > 0 && answeredBy.All(m => m == mapping), $"{operation.Id}: the request was not answered by the replay's mapping (see the near-miss report): {thrown}");
        return thrown;
    }
}

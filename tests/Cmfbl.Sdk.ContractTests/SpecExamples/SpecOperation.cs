using System.Reflection;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Generator.Model;
using Refit;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// A generated operation as the replay sees it: the generator's decisions (<see cref="Operation"/>), the SDK method
/// that calls it, the URL path it is sent to, and the vendor's answer examples sorted into successes and errors.
/// </summary>
/// <param name="Id">The operation's name in test output: family and method (without <c>Async</c>), and the interface when the family has the method name twice.</param>
/// <param name="Family">The generator's family name (<c>Manager</c>, <c>Client</c>).</param>
/// <param name="Operation">The operation as the generator resolved it.</param>
/// <param name="Service">The SDK interface that declares the method.</param>
/// <param name="Method">The SDK method.</param>
/// <param name="UrlPath">The path the SDK sends it to: the family's default prefix and the spec's path.</param>
internal sealed record SpecOperation(string Id, string Family, ApiOperation Operation, Type Service, MethodInfo Method, string UrlPath)
{
    /// <summary>Gets the answer examples that are successes (code "0", or a placeholder code: see <see cref="ExampleJson.IsPlaceholderCode"/>), as envelopes.</summary>
    public IReadOnlyList<JsonObject> Successes { get; init; } = [];

    /// <summary>Gets the answer examples with an error code, as envelopes.</summary>
    public IReadOnlyList<JsonObject> Errors { get; init; } = [];

    /// <summary>Gets the answer examples that are not a JSON envelope even after <see cref="ExampleJson.Envelope"/> (named as <see cref="KnownDeviations.AnswerExample"/> names them), with why.</summary>
    public IReadOnlyList<(string Example, string Problem)> Unreadable { get; init; } = [];

    /// <summary>Gets the type of the method's body parameter, or null when the method sends no body of its own.</summary>
    public Type? RequestType => Method.GetParameters().FirstOrDefault(static p => p.GetCustomAttribute<BodyAttribute>() is not null)?.ParameterType;

    /// <summary>Gets the type the method returns (the <c>T</c> of <c>Task&lt;T&gt;</c>), or null for a plain <c>Task</c>.</summary>
    public Type? AnswerType => Method.ReturnType.IsGenericType ? Method.ReturnType.GetGenericArguments()[0] : null;

    /// <summary>Gets the operation's auth as the SDK's <see cref="Http.OperationAuth"/>.</summary>
    public Http.OperationAuth Auth => Enum.Parse<Http.OperationAuth>(Operation.Auth);

    /// <summary>Gets whether the operation may change something (its errors after forwarding are "outcome unknown").</summary>
    public bool IsWrite => Operation.Kind != nameof(Http.OperationKind.Read);

    /// <summary>
    /// Gets whether the SDK sends the call at most once: an unsafe write, or any call whose body (<paramref name="sentBody"/>,
    /// as the server received it) carries one of the operation's single-use codes at its top level.
    /// </summary>
    public bool IsSentOnce(string? sentBody) =>
        Operation.Kind == nameof(Http.OperationKind.UnsafeWrite)
        || (Operation.SingleUse.Count > 0
            && !string.IsNullOrEmpty(sentBody)
            && JsonNode.Parse(sentBody) is JsonObject body
            && Operation.SingleUse.Any(field => body[field] is JsonValue value && value.ToString().Length > 0));

    public override string ToString() => Id;
}

using Cmfbl.Sdk.Http;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>What the pipeline needs to know about one operation, resolved once per call from the method called.</summary>
/// <param name="BizType">The vendor operation name, the last segment of the path.</param>
/// <param name="Kind">How the operation may be retried.</param>
/// <param name="Auth">Which identity headers it sends.</param>
/// <param name="Family">The API family it belongs to.</param>
internal sealed record OperationDescriptor(string BizType, OperationKind Kind, OperationAuth Auth, ApiFamily Family)
{
    private static readonly string[] FamilyNames = Enum.GetNames<ApiFamily>();

    /// <summary>Gets the family's name for telemetry tags (made once per family, and right after <c>with { Family = ... }</c>).</summary>
    public string FamilyName => FamilyNames[(int)Family];

    /// <summary>Gets the interface version the method sends (<c>version</c> header); two methods of one bizType differ here.</summary>
    public string Version { get; init; } = "0.0.1";

    /// <summary>Gets what the answer's <c>data</c> is.</summary>
    public AnswerShape Answer { get; init; }

    /// <summary>Gets whether a success may carry no <c>data</c> (the method returns a nullable type); otherwise missing data is a protocol error.</summary>
    public bool AnswerNullable { get; init; }

    /// <summary>Gets the reader of the answer (model, list, page and scalar answers), which reads it straight from the envelope's bytes.</summary>
    public ModelReader? Model { get; init; }

    /// <summary>Gets whether a text answer may come as a JSON boolean (an older form of the answer), read as no text.</summary>
    public bool AnswerAcceptsBoolean { get; init; }

    /// <summary>Gets whether a text answer must be an identifier made of digits (a number, or a string of digits), such as a customer number.</summary>
    public bool AnswerDigits { get; init; }

    /// <summary>
    /// Gets the body fields that carry a single-use credential (a verification or Google code): a call that carries one
    /// is never sent twice, whatever <see cref="Kind"/> says, because the first attempt may have used the code up.
    /// </summary>
    public IReadOnlyList<string>? SingleUseFields { get; init; }

    /// <summary>
    /// Gets the body fields that make a <see cref="OperationKind.KeyedWrite"/> safe to retry (a client order id): a call
    /// without any of them set is an <see cref="OperationKind.UnsafeWrite"/>, never sent twice.
    /// </summary>
    public IReadOnlyList<string>? KeyFields { get; init; }

    /// <summary>The request option a method's <c>idempotencyKey</c> parameter travels in.</summary>
    private const string CallersKeyOption = HeaderNames.PropertyPrefix + HeaderNames.IdempotencyKey;

    /// <summary>Gets whether this call carries the caller's own idempotency key (a method parameter), rather than one the SDK made.</summary>
    public bool CallersKey { get; init; }

    /// <summary>Gets whether this call is sent once because it carries a single-use code, whatever its kind would allow.</summary>
    public bool SentOnceForCode { get; init; }

    /// <summary>Gets whether the method takes the caller's idempotency key (a header parameter <c>idempotency-key</c>).</summary>
    public bool TakesCallersKey => HeaderParameters.Contains(CallersKeyOption);

    /// <summary>Gets the request options (<see cref="HeaderNames.PropertyPrefix"/> + header name) the method's header parameters travel in.</summary>
    public IReadOnlyList<string> HeaderParameters { get; init; } = [];

    /// <summary>Gets how a caller finds out whether this write took effect when its answer was lost (said in <see cref="Errors.CmfblOutcomeUnknownException"/>).</summary>
    public string? OutcomeCheck { get; init; }

    /// <summary>
    /// Gets how the operation takes a quote request, when it is one of the quote service's endpoints: the quote token
    /// as the <c>token</c> query parameter, <c>{trace, data}</c> in the URL or the body, and the <c>{ret, msg, trace, data}</c> answer.
    /// </summary>
    public QuoteRequestForm Quote { get; init; }

    /// <summary>Gets whether the operation is a quote endpoint (<see cref="Quote"/>), answered with <c>{ret, msg, trace, data}</c>.</summary>
    public bool IsQuote => Quote != QuoteRequestForm.None;

    /// <summary>Gets whether the operation changes something (any kind but <see cref="OperationKind.Read"/>).</summary>
    public bool IsWrite => Kind != OperationKind.Read;

    /// <summary>
    /// Gets whether the operation answers with a model (an object or a list, not text, a number or nothing), whose
    /// <c>data</c> is read once, straight from the answer, when <c>code</c> "0" comes before it.
    /// </summary>
    public bool ReadsModel => Answer is AnswerShape.Model or AnswerShape.List or AnswerShape.Page;
}

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>What the pipeline needs to know about one operation, resolved once per call.</summary>
/// <param name="BizType">The vendor operation name, the last segment of the path.</param>
/// <param name="Kind">How the operation may be retried.</param>
/// <param name="Auth">Which identity headers it sends.</param>
/// <param name="Family">The API family it belongs to.</param>
internal sealed record OperationDescriptor(string BizType, OperationKind Kind, OperationAuth Auth, ApiFamily Family)
{
    /// <summary>Gets the family's name, made once for telemetry tags.</summary>
    public string FamilyName { get; } = Family.ToString();

    /// <summary>
    /// Gets whether the operation answers with a model (an object or a list, not text, a number or nothing), whose
    /// <c>data</c> is read once, straight from the answer, when <c>code</c> "0" comes before it.
    /// </summary>
    public bool ReadsModel { get; init; }
}

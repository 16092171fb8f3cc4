namespace Cmfbl.Sdk.Testing;

/// <summary>The result of <see cref="FakeSettlementPlatform.RunConversationAsync"/>: every step and whether all passed.</summary>
/// <param name="Steps">The steps, in order.</param>
public sealed record FakeSettlementReport(IReadOnlyList<FakeConversationStep> Steps)
{
    /// <summary>Gets whether every step passed.</summary>
    public bool Passed => Steps.All(step => step.Passed);

    /// <summary>Gets the steps that failed.</summary>
    public IEnumerable<FakeConversationStep> Failures => Steps.Where(step => !step.Passed);

    /// <summary>Returns the whole conversation, one step after another, for a test's failure message or a console.</summary>
    /// <returns>The conversation.</returns>
    public override string ToString() => string.Concat(Steps.Select(step => step.ToString()));
}

using System.Text;

namespace Cmfbl.Sdk.Testing;

/// <summary>One step of <see cref="FakeSettlementPlatform.RunConversationAsync"/>: what the platform did, what it expected, and whether it got it.</summary>
/// <param name="Name">What the step checks.</param>
/// <param name="Exchanges">The calls made.</param>
/// <param name="Problem">What went wrong, or <see langword="null"/> when the step passed.</param>
public sealed record FakeConversationStep(string Name, IReadOnlyList<FakeSettlementExchange> Exchanges, string? Problem)
{
    /// <summary>Gets whether the receiver answered as the platform expects.</summary>
    public bool Passed => Problem is null;

    /// <summary>Returns the step, its calls and its verdict.</summary>
    /// <returns>Several lines.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Passed ? "PASS " : "FAIL ").AppendLine(Name);
        foreach (var exchange in Exchanges)
        {
            text.Append("  ").AppendLine(exchange.ToString());
        }

        if (Problem is not null)
        {
            text.Append("  problem: ").AppendLine(Problem);
        }

        return text.ToString();
    }
}

namespace Cmfbl.Sdk.Samples.Tests.Samples;

/// <summary>How one run of the sample ended: its exit code and everything it wrote.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Errors)
{
    /// <summary>Gets standard output and standard error together.</summary>
    public string Text => Output + Errors;

    /// <summary>Asserts the exit code, showing everything the sample wrote when it differs.</summary>
    public void AssertExitCode(int expected) => Assert.True(ExitCode == expected, $"expected exit code {expected}, got {this}");

    /// <summary>Asserts that nothing the sample wrote looks like a stack trace.</summary>
    public void AssertNoStackTrace() =>
        Assert.False(Text.Contains("   at ", StringComparison.Ordinal) || Text.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase), Text);

    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{Text}";
}

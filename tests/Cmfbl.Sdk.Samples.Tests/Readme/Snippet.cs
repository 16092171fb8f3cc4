namespace Cmfbl.Sdk.Samples.Tests.Readme;

/// <summary>One C# code block of a Markdown document: where it is, its code, and the prelude compiled in front of it.</summary>
public sealed record Snippet(string Document, int Line, string Code, string? Prelude)
{
    /// <summary>Gets the text compiled for this snippet, as the document states it: the prelude (if any), then the code as shown.</summary>
    public string Source => Prelude is null ? Code : Prelude + Environment.NewLine + Code;

    public override string ToString() => $"{Document}:{Line}";
}

using System.Text.RegularExpressions;

namespace Cmfbl.Sdk.Samples.Tests.Readme;

/// <summary>
/// Finds the C# code blocks (<c>```csharp</c>, <c>```cs</c>, <c>```c#</c>) of the repository's Markdown documents.
/// A block may be preceded by lines <c>&lt;!-- snippet prelude: CODE --&gt;</c> (invisible on a rendered page), joined
/// in order: CODE is compiled with the block (see <see cref="SnippetCompiler"/>), for fragments that continue an
/// earlier block (for example one that uses the <c>server</c> started above) or use the reader's own types. Nothing
/// else is added but the implicit usings of a new console project.
/// </summary>
public static partial class SnippetReader
{
    private static readonly string[] Skipped = ["node_modules", "bin", "obj", ".git", "BenchmarkDotNet.Artifacts", "TestResults"];

    /// <summary>Gets the Markdown documents of the repository, as paths relative to its root.</summary>
    public static IReadOnlyList<string> Documents(string root) =>
        Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => Skipped.Contains(part, StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Reads every C# block of one document.</summary>
    public static IReadOnlyList<Snippet> Read(string root, string document)
    {
        var lines = File.ReadAllLines(Path.Combine(root, document));
        var snippets = new List<Snippet>();
        string? prelude = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (PreludeLine().Match(line) is { Success: true } match)
            {
                prelude = prelude is null ? match.Groups["code"].Value : prelude + Environment.NewLine + match.Groups["code"].Value;
                continue;
            }

            if (!CSharpFence().IsMatch(line))
            {
                if (line.Length > 0)
                {
                    prelude = null;   // a prelude applies to the block right below it only
                }

                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            snippets.Add(new Snippet(document, start, string.Join(Environment.NewLine, lines[start..end]), prelude));
            prelude = null;
            i = end;
        }

        return snippets;
    }

    [GeneratedRegex(@"^```\s*(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();

    [GeneratedRegex(@"^<!--\s*snippet prelude:\s*(?<code>.*?)\s*-->$")]
    private static partial Regex PreludeLine();
}

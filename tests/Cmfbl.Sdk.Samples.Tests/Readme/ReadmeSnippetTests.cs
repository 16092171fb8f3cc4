using System.Reflection;

namespace Cmfbl.Sdk.Samples.Tests.Readme;

/// <summary>
/// Every C# snippet of the repository's Markdown documents (the READMEs, the package READMEs, docs/) compiles as
/// shown, with the using directives it shows, so what a new user copies works. See <see cref="SnippetReader"/> and
/// <see cref="SnippetCompiler"/> for the one convention (an optional prelude comment) and what a snippet may assume.
/// </summary>
public sealed class ReadmeSnippetTests
{
    private static readonly string Root = typeof(ReadmeSnippetTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var snippet in SnippetReader.Documents(Root).SelectMany(document => SnippetReader.Read(Root, document)))
        {
            data.Add(snippet.Document, snippet.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_CompilesAsShown(string document, int line)
    {
        var snippet = SnippetReader.Read(Root, document).Single(s => s.Line == line);

        var errors = SnippetCompiler.Errors(snippet);

        Assert.True(errors.Count == 0, $"{snippet} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}{Environment.NewLine}{snippet.Source}");
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Cmfbl.Sdk/README.md")]
    [InlineData("src/Cmfbl.Sdk.Testing/README.md")]
    [InlineData("src/Cmfbl.Sdk.AspNetCore/README.md")]
    public void Readme_HasSnippets_SoTheTestAboveSeesThem(string document)
    {
        Assert.Contains(document, SnippetReader.Documents(Root));
        Assert.NotEmpty(SnippetReader.Read(Root, document));
    }

    [Fact]
    public void Compiler_RejectsASnippetThatDoesNotCompile()
    {
        // The compiler really checks: a missing using directive is an error, as it is for a user.
        var snippet = new Snippet("test", 1, "var client = CmfblClient.Create(new CmfblOptions());", Prelude: null);

        Assert.Contains(SnippetCompiler.Errors(snippet), d => d.Id == "CS0103");
    }

    [Fact]
    public void Compiler_PreludeWithStatements_RunsThemBetweenTheUsingsAndTheBlock()
    {
        // A block that shows its using directives, continuing a prelude that states a variable.
        var snippet = new Snippet("test", 1, "using System.Text;\nConsole.WriteLine(new StringBuilder().Append(baseAddress));", "var baseAddress = new Uri(\"http://127.0.0.1:5000/\");");

        Assert.Empty(SnippetCompiler.Errors(snippet));
    }

    [Fact]
    public void Compiler_PreludeWithTypes_DeclaresThemAfterTheBlocksStatements()
    {
        // Types before top-level statements, or before a using directive, would not compile (CS8803, CS1529).
        var snippet = new Snippet("test", 1, "using System.Text;\nvar wallet = new Wallet();\nConsole.WriteLine(new StringBuilder().Append(wallet.Name));", "public sealed class Wallet { public string Name => \"main\"; }");

        Assert.Empty(SnippetCompiler.Errors(snippet));
    }

    [Fact]
    public void Compiler_PreludeOfTypesOnly_AddsNoUsingDirectiveToTheBlock()
    {
        // The prelude's using directive serves its own declarations; the block must still show the ones it needs.
        var snippet = new Snippet("test", 1, "var options = new CmfblOptions();", "using Cmfbl.Sdk; sealed class Holder { public CmfblOptions Options { get; } = new(); }");

        Assert.Contains(SnippetCompiler.Errors(snippet), d => d.Id == "CS0246");
    }
}

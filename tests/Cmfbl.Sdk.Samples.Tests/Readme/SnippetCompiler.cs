using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cmfbl.Sdk.Samples.Tests.Readme;

/// <summary>
/// Compiles a snippet as one source file of a new console project would be: C# 12 (the default of .NET 8, so the
/// snippet also compiles for a .NET 8 application), nullable on, the implicit usings of <c>dotnet new console</c>,
/// and references to the SDK, Cmfbl.Sdk.AspNetCore, Cmfbl.Sdk.Testing, the ASP.NET Core shared framework and the
/// packages the documents name (Microsoft.Extensions.Hosting, OpenTelemetry.Extensions.Hosting,
/// OpenTelemetry.Instrumentation.Http, xunit): everything this test project loads.
/// A snippet with top-level statements is compiled as a program, any other as a library.
/// The prelude is placed where C# wants each part: its using directives before the block's, its statements in front
/// of the block's, and its type declarations (with its using directives) in a file of their own. A prelude that
/// declares types and has no statement (the reader's own classes the block uses) adds no using directive to the block.
/// </summary>
public static class SnippetCompiler
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>Compiles the snippet; returns its errors (none when it compiles).</summary>
    public static IReadOnlyList<Diagnostic> Errors(Snippet snippet)
    {
        var trees = Trees(snippet);
        var isProgram = trees[0].GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [.. trees, CSharpSyntaxTree.ParseText(ImplicitUsings, Parse, path: "ImplicitUsings.cs")],
            References.Value,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }

    /// <summary>Gets the block (with the prelude's using directives and statements), then the prelude's declarations if any.</summary>
    private static List<SyntaxTree> Trees(Snippet snippet)
    {
        var code = CSharpSyntaxTree.ParseText(snippet.Code, Parse, path: snippet.Document);
        if (snippet.Prelude is null)
        {
            return [code];
        }

        var prelude = CSharpSyntaxTree.ParseText(snippet.Prelude, Parse).GetCompilationUnitRoot();
        var statements = prelude.Members.OfType<GlobalStatementSyntax>().ToArray();
        var declarations = prelude.Members.Where(member => member is not GlobalStatementSyntax).ToArray();
        var trees = new List<SyntaxTree> { code };
        if (statements.Length > 0 || declarations.Length == 0)
        {
            var block = code.GetCompilationUnitRoot();
            var merged = block
                .WithUsings(prelude.Usings.AddRange(block.Usings))
                .WithMembers(SyntaxFactory.List<MemberDeclarationSyntax>([.. statements, .. block.Members]));
            trees[0] = CSharpSyntaxTree.ParseText(merged.ToFullString(), Parse, path: snippet.Document);
        }

        if (declarations.Length > 0)
        {
            trees.Add(CSharpSyntaxTree.ParseText(prelude.WithMembers(SyntaxFactory.List(declarations)).ToFullString(), Parse, path: snippet.Document + " (prelude)"));
        }

        return trees;
    }
}

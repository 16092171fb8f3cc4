using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cmfbl.Sdk.Samples.Tests.Readme;

/// <summary>
/// Compiles a snippet as one source file of a new console project would be: C# 12 (the default of .NET 8, so the
/// snippet also compiles for a .NET 8 application), nullable on, the implicit usings of <c>dotnet new console</c>,
/// and references to the SDK, Cmfbl.Sdk.Testing and the packages the documents name (Microsoft.Extensions.Hosting,
/// OpenTelemetry.Extensions.Hosting, OpenTelemetry.Instrumentation.Http, xunit): everything this test project loads.
/// A snippet with top-level statements is compiled as a program, any other as a library.
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
        var tree = CSharpSyntaxTree.ParseText(snippet.Source, Parse, path: snippet.Document);
        var isProgram = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, Parse, path: "ImplicitUsings.cs")],
            References.Value,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }
}

namespace Cmfbl.Sdk.Generator.Tests;

/// <summary>
/// What is checked in under the Generated/ folders is exactly what the generator writes from spec/: nobody edited a
/// generated file by hand, and nobody forgot to regenerate after changing an overlay. (CI also regenerates and runs
/// <c>git diff --exit-code</c>.)
/// </summary>
public sealed class GeneratedOutputTests
{
    [Fact]
    public async Task Regenerating_ChangesNoFile()
    {
        var (families, generated) = await GeneratorRun.GenerateAsync(Repository.Root);

        var stale = generated.Files
            .Where(static f => !File.Exists(Repository.Path(f.Key)) || File.ReadAllText(Repository.Path(f.Key)) != f.Value)
            .Select(static f => f.Key)
            .ToArray();
        var orphans = GeneratorRun.OwnedFolders(Repository.Root, families)
            .Where(static folder => Directory.Exists(Repository.Path(folder)))
            .SelectMany(static folder => Directory.EnumerateFiles(Repository.Path(folder), "*", SearchOption.AllDirectories))
            .Select(static file => System.IO.Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'))
            .Where(file => !generated.Files.ContainsKey(file))
            .ToArray();

        Assert.True(stale.Length == 0, "Out of date (run dotnet run --project tools/Cmfbl.Sdk.Generator): " + string.Join(", ", stale));
        Assert.True(orphans.Length == 0, "Not written by the generator (delete them or regenerate): " + string.Join(", ", orphans));
    }

    [Fact]
    public async Task Generating_TwiceFromTheSameInput_GivesTheSameBytes()
    {
        var (_, first) = await GeneratorRun.GenerateAsync(Repository.Root);
        var (_, second) = await GeneratorRun.GenerateAsync(Repository.Root);

        Assert.Equal(first.Files.Keys, second.Files.Keys);
        Assert.All(first.Files, f => Assert.Equal(f.Value, second.Files[f.Key]));
    }
}

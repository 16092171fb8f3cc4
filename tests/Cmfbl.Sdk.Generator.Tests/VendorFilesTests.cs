using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Cmfbl.Sdk.Generator.Tests;

/// <summary>The vendor's files in spec/vendor are the ones spec/vendor/README.md records, byte for byte.</summary>
public sealed partial class VendorFilesTests
{
    [Fact]
    public void EveryVendorFile_HasTheHashItsReadmeRecords()
    {
        var readme = File.ReadAllText(Repository.Path("spec/vendor/README.md"));
        var recorded = HashLine().Matches(readme).ToDictionary(static m => m.Groups[1].Value, static m => m.Groups[2].Value);
        var files = Directory.EnumerateFiles(Repository.Path("spec/vendor")).Where(static f => !f.EndsWith("README.md", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var name = System.IO.Path.GetFileName(file);
            Assert.True(recorded.TryGetValue(name, out var hash), $"{name} has no recorded hash in spec/vendor/README.md");
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
        }
    }

    [GeneratedRegex(@"- `([^`]+)`: `([0-9a-f]{64})`")]
    private static partial Regex HashLine();
}

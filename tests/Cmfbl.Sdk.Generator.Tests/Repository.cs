using System.Reflection;

namespace Cmfbl.Sdk.Generator.Tests;

/// <summary>The repository the tests run in.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(static a => a.Key == "RepositoryRoot").Value!;

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}

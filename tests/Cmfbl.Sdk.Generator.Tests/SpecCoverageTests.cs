using System.Reflection;
using Cmfbl.Sdk.Generator.Vendor;
using Refit;

namespace Cmfbl.Sdk.Generator.Tests;

/// <summary>
/// Every operation of a vendor spec has a method in the SDK, or an exclusion with its reason in the overlay; every
/// service method calls an operation of the spec, or is listed as a hand-written extra with its reason.
/// </summary>
public sealed class SpecCoverageTests
{
    private static readonly Assembly Sdk = typeof(CmfblOptions).Assembly;

    public static TheoryData<string> Families => ["Manager", "Client", "Auth2"];

    [Theory]
    [MemberData(nameof(Families))]
    public async Task EverySpecOperation_HasAMethodOrAnExclusion(string name)
    {
        var (families, _) = await GeneratorRun.LoadAsync(Repository.Root);
        var family = families.Single(f => f.Name == name);
        var vendor = await SpecReader.ReadAsync(Repository.Path("spec/vendor/" + family.Overlay.Spec));

        var methods = MethodsOf(family.Overlay.Namespace);
        var missing = vendor
            .Where(op => !family.Excluded.ContainsKey(op.Path))
            .Where(op => !methods.Any(m => RefitPathOf(m) is { } path && (path == op.Path || op.Path.EndsWith(path, StringComparison.Ordinal))))
            .Select(static op => op.Path)
            .ToArray();

        Assert.True(missing.Length == 0, $"{name}: spec operations without a method: {string.Join(", ", missing)}");
        Assert.All(family.Excluded, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{e.Key} is excluded without a reason"));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task EveryServiceMethod_CallsASpecOperationOrIsAListedExtra(string name)
    {
        var (families, _) = await GeneratorRun.LoadAsync(Repository.Root);
        var family = families.Single(f => f.Name == name);
        var vendor = await SpecReader.ReadAsync(Repository.Path("spec/vendor/" + family.Overlay.Spec));

        var strays = MethodsOf(family.Overlay.Namespace)
            .Where(m => RefitPathOf(m) is { } path && !vendor.Any(op => op.Path == path || op.Path.EndsWith(path, StringComparison.Ordinal)))
            .Select(static m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Where(id => !family.Overlay.Extras.ContainsKey(id))
            .ToArray();

        Assert.True(strays.Length == 0, $"{name}: methods with no operation in the spec and no reason under extras: {string.Join(", ", strays)}");
        Assert.All(family.Overlay.Extras, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{e.Key} is an extra without a reason"));
    }

    [Fact]
    public async Task ManagerApi_HasEveryOperationOfTheBusinessSpecButTheExcluded()
    {
        var vendor = await SpecReader.ReadAsync(Repository.Path("spec/vendor/business-api.openapi.en.yaml"));
        var (families, _) = await GeneratorRun.LoadAsync(Repository.Root);

        Assert.Equal(41, vendor.Count);
        Assert.Equal(41, families.Single(f => f.Name == "Manager").Operations.Count() + families.Single(f => f.Name == "Manager").Excluded.Count);
    }

    /// <summary>The methods of the family's interfaces: in its namespace and the groups under it (<c>Cmfbl.Sdk.ClientApi.Trading</c>, <c>….Internal</c>).</summary>
    private static MethodInfo[] MethodsOf(string ns) => Sdk.GetTypes()
        .Where(t => t.IsInterface && t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)))
        .SelectMany(static t => t.GetMethods())
        .ToArray();

    /// <summary>The path a method calls: Refit's, with the auth call's own prefix put back (it has a base address of its own).</summary>
    private static string? RefitPathOf(MethodInfo method) => method.GetCustomAttribute<HttpMethodAttribute>()?.Path;
}

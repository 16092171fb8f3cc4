using System.Reflection;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>What a lazily loaded operation table holds: every method of every SDK interface it finds, looked up one by one.</summary>
internal static class OperationTables
{
    private static readonly Type[] Interfaces = typeof(OperationTable).Assembly.GetTypes().Where(static t => t.IsInterface).ToArray();

    /// <summary>Gets every operation of <paramref name="table"/>, once each (a guest operation found through two interfaces counts once).</summary>
    public static IReadOnlyList<OperationDescriptor> All(OperationTable table) => Interfaces
        .SelectMany(service => service.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(method => table.Find(service, method.Name)))
        .OfType<OperationDescriptor>()
        .Distinct(ReferenceEqualityComparer.Instance)
        .Cast<OperationDescriptor>()
        .ToArray();
}

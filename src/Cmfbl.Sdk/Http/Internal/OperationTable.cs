using System.Collections.Concurrent;
using Cmfbl.Sdk.Errors;
using Refit;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The operations of one API family, keyed by the service method that is called (its interface and name, which Refit
/// puts on every request), so two methods of one bizType (two versions) are two operations. An interface's operations
/// are loaded from the family's sources (the generated catalog, the hand-written entries) the first time one of its
/// methods is called: making a table costs nothing, and what a call costs does not depend on how many interfaces exist.
/// </summary>
internal sealed class OperationTable
{
    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<string> MethodKey = new(HttpRequestMessageOptions.MethodName);

    private readonly OperationSource[] _sources;
    private readonly ConcurrentDictionary<Type, Dictionary<string, OperationDescriptor>> _services = new();

    private OperationTable(ApiFamily family, OperationSource[] sources)
    {
        Family = family;
        _sources = sources;
    }

    /// <summary>Adds the operations of <paramref name="service"/> to <paramref name="operations"/>, if the interface is one the source knows.</summary>
    /// <returns>Whether the source knows <paramref name="service"/>.</returns>
    public delegate bool OperationSource(ServiceOperations operations, Type service);

    /// <summary>Gets the family these operations belong to.</summary>
    public ApiFamily Family { get; }

    /// <summary>Makes the table of <paramref name="family"/>, which finds each interface's operations in the first of <paramref name="sources"/> that knows it.</summary>
    public static OperationTable For(ApiFamily family, params OperationSource[] sources) => new(family, sources);

    /// <summary>Finds the operation a request calls, from the service method Refit recorded on it.</summary>
    /// <exception cref="CmfblInvalidRequestException">The request was not made through an SDK service method of this family.</exception>
    public OperationDescriptor Resolve(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(InterfaceKey, out var service)
            && request.Options.TryGetValue(MethodKey, out var method)
            && Find(service, method) is { } operation)
        {
            return operation;
        }

        throw new CmfblInvalidRequestException(
            $"The request to {request.RequestUri?.AbsolutePath} was not made through a {Family} API service method of the SDK, so it was not sent. Call the SDK's service interfaces; to send requests of your own, use a separate HttpClient.",
            new CmfblErrorContext(null, null, null));
    }

    /// <summary>Finds the operation of <paramref name="service"/>'s method <paramref name="method"/>, if it is one.</summary>
    public OperationDescriptor? Find(Type service, string method)
    {
        if (!_services.TryGetValue(service, out var methods))
        {
            // Only the SDK's own interfaces are looked up (and kept): another assembly's type of the same name is none.
            if (service.Assembly != typeof(OperationTable).Assembly)
            {
                return null;
            }

            methods = _services.GetOrAdd(service, Load);
        }

        return methods.TryGetValue(method, out var operation) ? operation : null;
    }

    private Dictionary<string, OperationDescriptor> Load(Type service)
    {
        var operations = new ServiceOperations(Family);
        foreach (var source in _sources)
        {
            if (source(operations, service))
            {
                break; // each interface has one source: the generated catalog or one hand-written entry
            }
        }

        return operations.Methods;
    }

    /// <summary>The operations of one service interface, as its sources add them.</summary>
    /// <param name="family">The family of the table being loaded.</param>
    internal sealed class ServiceOperations(ApiFamily family)
    {
        /// <remarks>A plain dictionary: freezing it would cost more than it saves on a lookup of a few entries.</remarks>
        internal Dictionary<string, OperationDescriptor> Methods { get; } = new(StringComparer.Ordinal);

        /// <summary>Adds the operation of the service method <paramref name="method"/>.</summary>
        public ServiceOperations Add(string method, OperationDescriptor operation)
        {
            // The Open API reuses the Client API's operations: they belong to the family being loaded.
            Methods[method] = operation.Family == family ? operation : operation with { Family = family };
            return this;
        }
    }
}

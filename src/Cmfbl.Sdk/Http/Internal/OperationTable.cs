using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Refit;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The operations of one API family, keyed by bizType (the last path segment). Built once at start-up from the
/// <see cref="CmfblOperationAttribute"/> next to each service method, so the declaration lives beside the method.
/// </summary>
internal sealed class OperationTable
{
    private readonly FrozenDictionary<string, OperationDescriptor> _operations;

    private OperationTable(ApiFamily family, FrozenDictionary<string, OperationDescriptor> operations)
    {
        Family = family;
        _operations = operations;
    }

    /// <summary>Gets the family these operations belong to.</summary>
    public ApiFamily Family { get; }

    /// <summary>Gets every operation of the family.</summary>
    public IEnumerable<OperationDescriptor> Operations => _operations.Values;

    /// <summary>Starts a table for <paramref name="family"/>.</summary>
    public static Builder For(ApiFamily family) => new(family);

    /// <summary>Finds the operation a request URI calls.</summary>
    /// <exception cref="InvalidOperationException">The URI names no declared operation.</exception>
    public OperationDescriptor Resolve(Uri requestUri)
    {
        var path = requestUri.AbsolutePath.AsSpan();
        var bizType = path[(path.LastIndexOf('/') + 1)..];
#if NET9_0_OR_GREATER
        if (_operations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(bizType, out var operation))
#else
        if (_operations.TryGetValue(bizType.ToString(), out var operation))
#endif
        {
            return operation;
        }

        throw new InvalidOperationException($"'{bizType}' is not a declared {Family} operation: every service method needs a [CmfblOperation] attribute.");
    }

    /// <summary>Collects the operations of service interfaces.</summary>
    internal sealed class Builder(ApiFamily family)
    {
        private readonly Dictionary<string, OperationDescriptor> _operations = new(StringComparer.Ordinal);

        public Builder Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] TService>()
        {
            foreach (var method in typeof(TService).GetMethods())
            {
                var http = method.GetCustomAttribute<HttpMethodAttribute>();
                var declared = method.GetCustomAttribute<CmfblOperationAttribute>();
                if (http is null)
                {
                    continue;
                }

                if (declared is null)
                {
                    throw new InvalidOperationException($"{typeof(TService).Name}.{method.Name} has no [CmfblOperation] attribute.");
                }

                var bizType = http.Path[(http.Path.LastIndexOf('/') + 1)..];
                _operations[bizType] = new OperationDescriptor(bizType, declared.Kind, declared.Auth, family)
                {
                    // Two methods on one bizType (versions) must both answer with a model to read it in one pass.
                    ReadsModel = ReadsModel(method) && (!_operations.TryGetValue(bizType, out var other) || other.ReadsModel),
                };
            }

            return this;
        }

        /// <summary>Whether the method returns <c>Task&lt;T&gt;</c> with <c>T</c> a model the SDK's JSON context knows (not text or a number).</summary>
        private static bool ReadsModel(MethodInfo method)
        {
            var returns = method.ReturnType;
            if (!returns.IsGenericType || returns.GetGenericTypeDefinition() != typeof(Task<>))
            {
                return false;
            }

            var type = returns.GetGenericArguments()[0];
            return !type.IsValueType && type != typeof(string) && Serialization.Internal.CmfblJsonContext.Default.GetTypeInfo(type) is not null;
        }

        public OperationTable Build() => new(family, _operations.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

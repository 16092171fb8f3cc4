using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Pagination;
using Refit;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The operations of one API family, keyed by the service method that is called (its interface and name, which Refit
/// puts on every request), so two methods of one bizType (two versions) are two operations. Built once at start-up
/// from the <see cref="CmfblOperationAttribute"/> next to each service method.
/// </summary>
internal sealed class OperationTable
{
    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<string> MethodKey = new(HttpRequestMessageOptions.MethodName);

    private readonly Dictionary<Type, Dictionary<string, OperationDescriptor>> _operations;

    private OperationTable(ApiFamily family, Dictionary<Type, Dictionary<string, OperationDescriptor>> operations)
    {
        Family = family;
        _operations = operations;
    }

    /// <summary>Gets the family these operations belong to.</summary>
    public ApiFamily Family { get; }

    /// <summary>Gets every operation of the family.</summary>
    public IEnumerable<OperationDescriptor> Operations => _operations.Values.SelectMany(static methods => methods.Values);

    /// <summary>Starts a table for <paramref name="family"/>.</summary>
    public static Builder For(ApiFamily family) => new(family);

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
    public OperationDescriptor? Find(Type service, string method) =>
        _operations.TryGetValue(service, out var methods) && methods.TryGetValue(method, out var operation) ? operation : null;

    /// <summary>Collects the operations of service interfaces.</summary>
    internal sealed class Builder(ApiFamily family)
    {
        private readonly Dictionary<Type, Dictionary<string, OperationDescriptor>> _operations = [];

        /// <summary>Adds one operation: the service method <paramref name="method"/> of <paramref name="service"/> (the generated operation table calls this).</summary>
        public Builder Add(Type service, string method, OperationDescriptor operation)
        {
            if (!_operations.TryGetValue(service, out var methods))
            {
                methods = new Dictionary<string, OperationDescriptor>(StringComparer.Ordinal);
                _operations[service] = methods;
            }

            // The Open API reuses the Client API's generated table: its operations belong to the family being built.
            methods[method] = operation.Family == family ? operation : operation with { Family = family };
            return this;
        }

        /// <summary>Changes an operation added before: what a hand-written service's attribute cannot say (its outcome check, its key fields).</summary>
        public Builder Change(Type service, string method, Func<OperationDescriptor, OperationDescriptor> change)
        {
            var methods = _operations[service];
            methods[method] = change(methods[method]);
            return this;
        }

        /// <summary>
        /// Adds the operations of a hand-written service interface (those the vendor's specs lack, such as logout),
        /// read from its <see cref="CmfblOperationAttribute"/>s. Generated interfaces are added by the generated table.
        /// </summary>
        public Builder Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] TService>()
        {
            var nullability = new NullabilityInfoContext();
            var methods = new Dictionary<string, OperationDescriptor>(StringComparer.Ordinal);
            foreach (var method in typeof(TService).GetMethods())
            {
                var http = method.GetCustomAttribute<HttpMethodAttribute>();
                if (http is null)
                {
                    continue;
                }

                var declared = method.GetCustomAttribute<CmfblOperationAttribute>()
                    ?? throw new InvalidOperationException($"{typeof(TService).Name}.{method.Name} has no [CmfblOperation] attribute.");
                var bizType = http.Path[(http.Path.LastIndexOf('/') + 1)..];
                var (answer, nullable) = Answer(method, nullability);
                methods[method.Name] = new OperationDescriptor(bizType, declared.Kind, declared.Auth, family)
                {
                    Version = Version(method) ?? "0.0.1",
                    Answer = answer,
                    AnswerNullable = nullable,
                    HeaderParameters = method.GetParameters()
                        .Select(static parameter => parameter.GetCustomAttribute<PropertyAttribute>()?.Key)
                        .OfType<string>()
                        .Where(static key => key.StartsWith(HeaderNames.PropertyPrefix, StringComparison.Ordinal))
                        .ToArray(),
                };
            }

            _operations[typeof(TService)] = methods;
            return this;
        }

        /// <remarks>Plain dictionaries: freezing them would cost more at start-up than it saves on a lookup of a few dozen entries.</remarks>
        public OperationTable Build() => new(family, _operations);

        private static string? Version(MethodInfo method) =>
            method.GetCustomAttribute<HeadersAttribute>()?.Headers
                .Select(static header => header.Split(':', 2))
                .Where(static parts => parts.Length == 2 && parts[0].Trim().Equals(HeaderNames.Version, StringComparison.OrdinalIgnoreCase))
                .Select(static parts => parts[1].Trim())
                .FirstOrDefault();

        /// <summary>What the method's <c>Task&lt;T&gt;</c> says about <c>data</c>: its shape, and whether it may be absent (<c>T?</c>).</summary>
        private static (AnswerShape Shape, bool Nullable) Answer(MethodInfo method, NullabilityInfoContext nullability)
        {
            var returns = method.ReturnType;
            if (!returns.IsGenericType || returns.GetGenericTypeDefinition() != typeof(Task<>))
            {
                return (AnswerShape.None, true);
            }

            var type = returns.GetGenericArguments()[0];
            if (type == typeof(System.Text.Json.JsonElement))
            {
                return (AnswerShape.None, true);
            }

            if (Nullable.GetUnderlyingType(type) is not null)
            {
                return (AnswerShape.Scalar, true);
            }

            var nullable = !type.IsValueType && nullability.Create(method.ReturnParameter).GenericTypeArguments[0].ReadState == NullabilityState.Nullable;
            var shape = type == typeof(string) ? AnswerShape.Text
                : type.IsValueType ? AnswerShape.Scalar
                : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedResult<>) ? AnswerShape.Page
                : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? AnswerShape.List
                : AnswerShape.Model;
            return (shape, nullable);
        }
    }
}

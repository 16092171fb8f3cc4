using System.Reflection;
using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// Calls an operation's SDK method by reflection, as a user would call it: on the interface from dependency
/// injection, or, for a Client API operation that needs a logged-in customer, on the interface of a
/// <see cref="CustomerSession"/> opened from the contract token.
/// </summary>
internal static class OperationInvoker
{
    /// <summary>The value passed for a header parameter the method requires (a captcha, for example), as <c>contract-&lt;header&gt;</c>.</summary>
    public static string HeaderValue(string header) => "contract-" + header;

    /// <summary>Calls the operation and returns its typed answer (null for a method that returns none).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="sdk">The SDK's container.</param>
    /// <param name="request">The body parameter's value.</param>
    /// <param name="optionalHeaders">Values for optional header parameters (an idempotency key, for example), by header name; the others are not sent.</param>
    /// <param name="asCustomer">Call a Client API operation through a customer session even when a guest may call it.</param>
    public static async Task<object?> CallAsync(SpecOperation operation, IServiceProvider sdk, object? request, IReadOnlyDictionary<string, string>? optionalHeaders = null, bool asCustomer = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var session = NeedsSession(operation) || (asCustomer && IsOnTheSession(operation))
            ? sdk.GetRequiredService<ClientApiServices>().Sessions.FromToken(Constants.ClientToken)
            : null;
        var service = session is null ? sdk.GetRequiredService(operation.Service) : SessionService(session, operation);
        var arguments = operation.Method.GetParameters().Select(p => Argument(p, operation, request, optionalHeaders, timeout.Token)).ToArray();
        Task call;
        try
        {
            call = (Task)operation.Method.Invoke(service, arguments)!;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            throw invocation.InnerException;
        }

        await call;
        return operation.AnswerType is null ? null : call.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(call);
    }

    /// <summary>Whether the call needs a customer token: a Client API operation that only works for a logged-in customer.</summary>
    public static bool NeedsSession(SpecOperation operation) => operation.Family == "Client" && operation.Auth == OperationAuth.Token;

    /// <summary>Whether a <see cref="CustomerSession"/> offers the operation (every Client API operation but the guest's own, such as logging in).</summary>
    public static bool IsOnTheSession(SpecOperation operation) =>
        operation.Family == "Client" && typeof(CustomerSession).GetProperties().Any(p => operation.Service.IsAssignableFrom(p.PropertyType));

    private static object SessionService(CustomerSession session, SpecOperation operation)
    {
        var property = typeof(CustomerSession).GetProperties().FirstOrDefault(p => operation.Service.IsAssignableFrom(p.PropertyType))
            ?? throw new InvalidOperationException($"{operation.Id} needs a logged-in customer, but {nameof(CustomerSession)} has no {operation.Service.Name} property: a customer cannot call it.");
        return property.GetValue(session)!;
    }

    private static object? Argument(ParameterInfo parameter, SpecOperation operation, object? request, IReadOnlyDictionary<string, string>? optionalHeaders, CancellationToken cancellationToken)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        if (parameter.GetCustomAttribute<BodyAttribute>() is not null)
        {
            return request;
        }

        // A header parameter: filled when the method requires it, left to its default (not sent) when optional.
        var header = operation.Operation.Headers.FirstOrDefault(h => h.Parameter == parameter.Name);
        return header.Header is not null && !header.Optional ? HeaderValue(header.Header)
            : header.Header is not null && optionalHeaders?.GetValueOrDefault(header.Header) is { } given ? given
            : parameter.HasDefaultValue ? parameter.DefaultValue
            : throw new InvalidOperationException($"{operation.Id}: the replay does not know what to pass for the parameter '{parameter.Name}'.");
    }
}

using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.Http;

namespace Cmfbl.Sdk.Tests.ClientApi;

/// <summary>The Client API services a wire case calls: guest calls from DI, customer calls through a session.</summary>
/// <param name="Guest">The customer service from DI (guest calls).</param>
/// <param name="Session">The customer service of a session opened from token <c>tok-1</c>.</param>
/// <param name="Verification">The verification-code service from DI.</param>
public sealed record ClientApis(IGuestCustomerWebApiService Guest, ICustomerWebApiService Session, IVerificationApiService Verification);

/// <summary>
/// One operation's wire contract: what the SDK must send (path, version, token or not, body) and what it must make of
/// the service's <c>data</c>.
/// </summary>
/// <param name="Method">The interface method, e.g. <c>RegisterAsync</c>.</param>
/// <param name="Path">The request path after <c>/api</c>, e.g. <c>/register/customer.app.CustomerWebApiService.register</c>.</param>
/// <param name="Version">The <c>version</c> header.</param>
/// <param name="Guest">Whether the case makes the call as a guest, so no <c>token</c> header goes out.</param>
/// <param name="Auth">The declared auth of the operation.</param>
/// <param name="Kind">The declared operation kind.</param>
/// <param name="Body">The exact JSON body, or <see langword="null"/> for no body.</param>
/// <param name="Data">The <c>data</c> the stub answers with (JSON).</param>
/// <param name="Call">Makes the call; returns the result, or <see langword="null"/> for a call without one.</param>
/// <param name="Check">Checks the typed result.</param>
public sealed record ClientApiWireCase(
    string Method,
    string Path,
    string Version,
    bool Guest,
    OperationAuth Auth,
    OperationKind Kind,
    string? Body,
    string Data,
    Func<ClientApis, Task<object?>> Call,
    Action<object?> Check)
{
    public string BizType => Path[(Path.LastIndexOf('/') + 1)..];

    public static Func<ClientApis, Task<object?>> Returns<T>(Func<ClientApis, Task<T>> call) => async apis => await call(apis);

    public static Func<ClientApis, Task<object?>> Completes(Func<ClientApis, Task> call) => async apis =>
    {
        await call(apis);
        return null;
    };

    public static void Nothing(object? result) => Assert.Null(result);

    public override string ToString() => Method;
}

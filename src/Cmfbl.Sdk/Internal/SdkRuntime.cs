using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Resilience.Internal;
using Microsoft.Extensions.Options;
using Refit;

namespace Cmfbl.Sdk.Internal;

/// <summary>What every SDK service shares inside one container: the validated options, operation tables and Refit settings.</summary>
internal sealed class SdkRuntime(IOptions<CmfblOptions> options, TimeProvider timeProvider)
{
    public const string ManagerClientName = "Cmfbl.ManagerApi";
    public const string ClientClientName = "Cmfbl.ClientApi";
    public const string OpenApiClientName = "Cmfbl.OpenApi";
    public const string BridgeClientName = "Cmfbl.BridgeApi";
    public const string Auth2ClientName = "Cmfbl.Auth2";

    public CmfblOptions Options { get; } = options.Value;

    // The tables are made here, and each loads an interface's operations on the first call of one of its methods.
    public OperationTable ManagerOperations { get; } = ManagerApi.Internal.ManagerOperations.Table();

    public OperationTable ClientOperations { get; } = ClientApi.Internal.ClientOperations.ClientTable();

    /// <summary>The Open API's operations: the Client API's services (the vendor says the list is the same), signed with an API key.</summary>
    public OperationTable OpenApiOperations { get; } = ClientApi.Internal.ClientOperations.OpenApiTable();

    /// <summary>The Bridge API's operations (REFERENCE §3.3).</summary>
    public OperationTable BridgeOperations { get; } = BridgeApi.Internal.BridgeOperations.Table();

    public OperationTable Auth2Operations { get; } = OperationTable.For(ApiFamily.Auth2, OperationCatalog.AddAuth2);

    /// <summary>Gets the HTTP 418 ban state of the Manager API, shared by its clients.</summary>
    public BanGate ManagerBan { get; } = new(timeProvider);

    /// <summary>Gets the HTTP 418 ban state of the Client API.</summary>
    public BanGate ClientBan { get; } = new(timeProvider);

    /// <summary>Gets the HTTP 418 ban state of the Open API (the gateway bans the caller's IP, whatever the key).</summary>
    public BanGate OpenApiBan { get; } = new(timeProvider);

    /// <summary>Gets the HTTP 418 ban state of the Bridge API.</summary>
    public BanGate BridgeBan { get; } = new(timeProvider);

    /// <summary>Gets the HTTP 418 ban state of the Auth2 API.</summary>
    public BanGate Auth2Ban { get; } = new(timeProvider);

    public RefitSettings RefitSettings { get; } = RefitSettingsFactory.Create(options.Value.CompanyId);
}

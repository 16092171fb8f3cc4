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

    public OperationTable ManagerOperations { get; } = BuildManagerOperations();

    public OperationTable ClientOperations { get; } = BuildClientOperations();

    /// <summary>The Open API's operations: the Client API's services (the vendor says the list is the same), signed with an API key.</summary>
    public OperationTable OpenApiOperations { get; } = BuildOpenApiOperations();

    /// <summary>The Bridge API's operations (REFERENCE §3.3).</summary>
    public OperationTable BridgeOperations { get; } = BridgeApi.Internal.BridgeOperations.Build();

    /// <summary>The Manager API's operations: the generated ones, and the webhook subscription the vendor's spec lacks.</summary>
    internal static OperationTable BuildManagerOperations() =>
        OperationTable.For(ApiFamily.Manager).AddManager().Add<ManagerApi.ICompanyWebhookService>().Build();

    /// <summary>The Client API's operations: the generated ones, and the logout the vendor's spec lacks.</summary>
    internal static OperationTable BuildClientOperations() =>
        OperationTable.For(ApiFamily.Client).AddClient().Add<ClientApi.Internal.ILogoutApi>().Add<ClientApi.CreditCards.Internal.ICreditCardUploadApi>().Build();

    /// <summary>
    /// The Open API's operations: every generated Client API operation (the vendor says the list is the same), signed
    /// with an API key; a service the overlay adds is in both tables with no code of its own, and so is the hand-written
    /// credit-card upload. Logout is not: an Open API session has nothing to end at the service.
    /// </summary>
    internal static OperationTable BuildOpenApiOperations() =>
        OperationTable.For(ApiFamily.OpenApi).AddClient().Add<ClientApi.CreditCards.Internal.ICreditCardUploadApi>().Build();

    public OperationTable Auth2Operations { get; } = OperationTable.For(ApiFamily.Auth2).AddAuth2().Build();

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

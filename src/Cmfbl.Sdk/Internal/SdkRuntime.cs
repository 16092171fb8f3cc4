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
    public const string Auth2ClientName = "Cmfbl.Auth2";

    public CmfblOptions Options { get; } = options.Value;

    public OperationTable ManagerOperations { get; } = BuildManagerOperations();

    public OperationTable ClientOperations { get; } = BuildClientOperations();

    /// <summary>The Manager API's operations: the generated ones, and the webhook subscription the vendor's spec lacks.</summary>
    internal static OperationTable BuildManagerOperations() =>
        OperationTable.For(ApiFamily.Manager).AddManager().Add<ManagerApi.ICompanyWebhookService>().Build();

    /// <summary>The Client API's operations: the generated ones, and the logout the vendor's spec lacks.</summary>
    internal static OperationTable BuildClientOperations() =>
        OperationTable.For(ApiFamily.Client).AddClient().Add<ClientApi.Internal.ILogoutApi>().Add<ClientApi.CreditCards.Internal.ICreditCardUploadApi>().Build();

    public OperationTable Auth2Operations { get; } = OperationTable.For(ApiFamily.Auth2).AddAuth2().Build();

    /// <summary>Gets the HTTP 418 ban state of the Manager API, shared by its clients.</summary>
    public BanGate ManagerBan { get; } = new(timeProvider);

    /// <summary>Gets the HTTP 418 ban state of the Client API.</summary>
    public BanGate ClientBan { get; } = new(timeProvider);

    /// <summary>Gets the HTTP 418 ban state of the Auth2 API.</summary>
    public BanGate Auth2Ban { get; } = new(timeProvider);

    public RefitSettings RefitSettings { get; } = RefitSettingsFactory.Create(options.Value.CompanyId);
}

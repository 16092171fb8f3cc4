using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.Options;
using Refit;

namespace Cmfbl.Sdk.Internal;

/// <summary>What every SDK service shares inside one container: the validated options, operation tables and Refit settings.</summary>
internal sealed class SdkRuntime(IOptions<CmfblOptions> options)
{
    public const string ManagerClientName = "Cmfbl.ManagerApi";
    public const string ManagerAuthClientName = "Cmfbl.ManagerApi.Auth";
    public const string ClientClientName = "Cmfbl.ClientApi";

    public CmfblOptions Options { get; } = options.Value;

    public OperationTable ManagerOperations { get; } = OperationTable.For(ApiFamily.Manager)
        .Add<ICustomerWebApiService>()
        .Add<IWhiteCustomerAdminApiService>()
        .Add<ICustomerGroupAdminApiService>()
        .Add<ICustomerAdminApiService>()
        .Build();

    public OperationTable ManagerAuthOperations { get; } = OperationTable.For(ApiFamily.Manager)
        .Add<ICompanyAuthDubboService>()
        .Build();

    public RefitSettings RefitSettings { get; } = RefitSettingsFactory.Create();
}

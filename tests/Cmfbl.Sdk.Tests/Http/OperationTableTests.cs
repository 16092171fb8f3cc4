using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.ManagerApi;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>The operation table knows, per bizType, whether its data is a model read in one pass.</summary>
public sealed class OperationTableTests
{
    private static readonly OperationTable Manager = OperationTable.For(ApiFamily.Manager)
        .Add<IWhiteCustomerAdminApiService>()
        .Add<ICustomerWebApiService>()
        .Add<ICustomerGroupAdminApiService>()
        .Build();

    [Theory]
    [InlineData("customer.admin.WhiteCustomerAdminApiService.page")] // PagedResult<CustomerRecord>
    [InlineData("customer.admin.CustomerGroupAdminApiService.groupList")] // IReadOnlyList<CustomerGroup>
    public void ModelOperations_ReadTheirDataInOnePass(string bizType) =>
        Assert.True(Resolve(bizType).ReadsModel);

    [Theory]
    [InlineData("customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc")] // a string
    [InlineData("customer.app.CustomerWebApiService.checkCustomerExist")] // a number
    public void TextAndNumberOperations_KeepTheirOwnPath(string bizType) =>
        Assert.False(Resolve(bizType).ReadsModel);

    private static OperationDescriptor Resolve(string bizType) =>
        Manager.Resolve(new Uri($"https://api.example/openapi-b/{bizType}"));
}

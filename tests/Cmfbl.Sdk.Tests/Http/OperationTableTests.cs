using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>The operation table: one entry per service method, with what the pipeline needs to know about its answer.</summary>
public sealed class OperationTableTests
{
    private static readonly OperationTable Manager = Sdk.ManagerApi.Internal.ManagerOperations.Table();

    private static readonly OperationTable Client = Sdk.ClientApi.Internal.ClientOperations.ClientTable();

    [Fact]
    public void Find_PageOperation_ReadsAPageModelInOnePass()
    {
        var page = Manager.Find(typeof(IWhiteCustomerAdminApiService), nameof(IWhiteCustomerAdminApiService.PageAsync))!;

        Assert.Equal(AnswerShape.Page, page.Answer);
        Assert.True(page.ReadsModel);
    }

    [Fact]
    public void Find_GroupList_IsAList() =>
        Assert.Equal(AnswerShape.List, Manager.Find(typeof(ICustomerGroupAdminApiService), nameof(ICustomerGroupAdminApiService.GroupListAsync))!.Answer);

    [Fact]
    public void Find_AddCustomer_IsDigitTextThatIsNeverNull()
    {
        var add = Manager.Find(typeof(IWhiteCustomerAdminApiService), nameof(IWhiteCustomerAdminApiService.AddCusAndOpenAccountAndKycAsync))!;

        Assert.Equal(AnswerShape.Text, add.Answer);
        Assert.True(add.AnswerDigits);
        Assert.False(add.AnswerNullable);
        Assert.False(add.ReadsModel);
        Assert.Contains("checkCustomerExist", add.OutcomeCheck, StringComparison.Ordinal); // how to find out after a lost answer
    }

    [Fact]
    public void Find_CheckCustomerExist_IsAScalar() =>
        Assert.Equal(AnswerShape.Scalar, Manager.Find(typeof(Sdk.ManagerApi.IManagerCustomerWebApiService), nameof(Sdk.ManagerApi.IManagerCustomerWebApiService.CheckCustomerExistAsync))!.Answer);

    [Fact]
    public void Find_TwoVersionsOfOneBizType_AreTwoOperations()
    {
        var v1 = Client.Find(typeof(IVerificationApiService), nameof(IVerificationApiService.VerifyCodeSendAsync))!;
        var v2 = Client.Find(typeof(IVerificationApiService), nameof(IVerificationApiService.VerifyCodeSendWithCaptchaAsync))!;

        Assert.Equal(v1.BizType, v2.BizType);
        Assert.Equal("0.0.1", v1.Version);
        Assert.Equal("0.0.2", v2.Version);
        Assert.NotSame(v1, v2);
    }

    [Fact]
    public void Find_Login_NamesItsSingleUseFields() =>
        Assert.Equal(
            ["verifyCode", "googleCode"],
            Client.Find(typeof(Sdk.ClientApi.ICustomerWebApiService), nameof(Sdk.ClientApi.ICustomerWebApiService.LoginAsync))!.SingleUseFields);

    [Fact]
    public void Find_UnknownMethod_IsNull() =>
        Assert.Null(Manager.Find(typeof(IWhiteCustomerAdminApiService), "NoSuchMethod"));

    [Fact]
    public void Resolve_RequestNotMadeByAServiceMethod_IsRefusedBeforeSending()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example/openapi-b/customer.admin.WhiteCustomerAdminApiService.page");

        var refused = Assert.Throws<Errors.CmfblInvalidRequestException>(() => Manager.Resolve(request));

        Assert.Contains("not made through", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_ListsEveryMethodOnce()
    {
        var services = typeof(IWhiteCustomerAdminApiService).Assembly.GetTypes()
            .Where(static t => t.IsInterface && t.IsPublic && t.Namespace == typeof(IWhiteCustomerAdminApiService).Namespace)
            .Append(typeof(Sdk.ManagerApi.Internal.IManagerTokenService)) // the auth answer read for the token alone, the SDK's own
            .ToArray();

        var found = services.SelectMany(service => service.GetMethods().Select(method => Manager.Find(service, method.Name))).ToArray();

        Assert.All(found, Assert.NotNull); // every method has an operation
        Assert.Equal(found.Length, found.Distinct(ReferenceEqualityComparer.Instance).Count()); // of its own
        Assert.Equal(found.Length, OperationTables.All(Manager).Count); // and the table holds nothing else
    }

    [Fact]
    public void Find_OpenApiOperation_IsTaggedWithItsOwnFamily()
    {
        var openApi = Sdk.ClientApi.Internal.ClientOperations.OpenApiTable().Find(typeof(IVerificationApiService), nameof(IVerificationApiService.VerifyCodeSendAsync))!;

        Assert.Equal(ApiFamily.OpenApi, openApi.Family);
        Assert.Equal("OpenApi", openApi.FamilyName); // the telemetry tag; it said Client when the descriptor was copied
        Assert.Equal("Client", Client.Find(typeof(IVerificationApiService), nameof(IVerificationApiService.VerifyCodeSendAsync))!.FamilyName);
    }

    [Fact]
    public void Find_ServiceOfAnotherAssembly_IsNoneAndNotKept() =>
        Assert.Null(Manager.Find(typeof(IDisposable), nameof(IDisposable.Dispose)));
}

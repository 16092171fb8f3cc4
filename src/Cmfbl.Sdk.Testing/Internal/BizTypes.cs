namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The bizTypes the fake implements.</summary>
internal static class BizTypes
{
    public const string Auth = "admin.admin.CompanyAuthDubboService.auth";
    public const string CheckCustomerExist = "customer.app.CustomerWebApiService.checkCustomerExist";
    public const string AddCustomer = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";
    public const string CustomerPage = "customer.admin.WhiteCustomerAdminApiService.page";
    public const string CustomerDetail = "customer.admin.WhiteCustomerAdminApiService.detail";
    public const string GroupList = "customer.admin.CustomerGroupAdminApiService.groupList";
    public const string QueryAccountList = "customer.admin.CustomerAdminApiService.queryAccountList";
    public const string Login = "customer.app.CustomerWebApiService.login";
    public const string WebhookSubscribe = "admin.admin.CompanyWebhookDubboService.subscribe";
    public const string FindCustomerInfo = "customer.app.CustomerWebApiService.findCustomerInfo";
}

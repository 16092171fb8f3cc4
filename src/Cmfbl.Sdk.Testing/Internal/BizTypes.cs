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
    public const string ServerTime = "thirdExt/now";
    public const string ApplyApi = "customer.app.CustomerApiWebService.applyApi";
    public const string ApiPage = "customer.app.CustomerApiWebService.page";
    public const string QueryApi = "customer.app.CustomerApiWebService.queryApi";
    public const string EditApiPermission = "customer.app.CustomerApiWebService.editApiPermission";
    public const string DelApi = "customer.app.CustomerApiWebService.delApi";
    public const string DowngradeApi = "customer.app.CustomerApiWebService.downgrade";
    public const string BridgeCustomerDetail = "customer.admin.WhiteCustomerAdminApiService.detailByCustomerNo";
    public const string ExchangeAccountAdd = "customer.admin.CustomerDirectAccAdminApiService.add";
    public const string ExchangeAccountUpdate = "customer.admin.WhiteCustomerAdminDriectAccService.update";
    public const string ExchangeAccountList = "customer.admin.WhiteCustomerAdminDriectAccService.list";
    public const string ExchangeAccountDelete = "customer.admin.WhiteCustomerAdminDriectAccService.delete";
    public const string AddDirectOrder = "tradeapi.admin.OrderAdminApiService.addDirectOrder";
    public const string CancelDirectOrder = "tradeapi.admin.OrderAdminApiService.cancelDirectOrder";
    public const string QueryDirectOrder = "tradeapi.admin.OrderAdminApiService.queryDirectOrder";
    public const string QueryDirectTrades = "tradeapi.admin.OrderAdminApiService.queryDirectTradeRecord";
    public const string QueryBalances = "tradeapi.admin.AccountAdminService.queryBalances";
    public const string BridgeWebhookSubscribe = "admin.admin.CompanyApiKeyDubboService.subscribe";
}

namespace Cmfbl.Sdk.ManagerApi;

/// <summary>The Manager API (B side) services in one place, for code that prefers one dependency to five.</summary>
/// <param name="companyAuth">The authentication service.</param>
/// <param name="customerWeb">The customer existence check.</param>
/// <param name="whiteCustomers">Customer administration.</param>
/// <param name="customerGroups">Customer groups.</param>
/// <param name="customers">Customer accounts and balances.</param>
/// <param name="companyWebhook">The external-settlement webhook settings.</param>
public sealed class ManagerApiServices(
    ICompanyAuthDubboService companyAuth,
    ICustomerWebApiService customerWeb,
    IWhiteCustomerAdminApiService whiteCustomers,
    ICustomerGroupAdminApiService customerGroups,
    ICustomerAdminApiService customers,
    ICompanyWebhookService companyWebhook)
{
    /// <summary>Gets the authentication service (<c>admin.admin.CompanyAuthDubboService</c>).</summary>
    public ICompanyAuthDubboService CompanyAuth { get; } = companyAuth;

    /// <summary>Gets the customer existence check (<c>customer.app.CustomerWebApiService</c>).</summary>
    public ICustomerWebApiService CustomerWeb { get; } = customerWeb;

    /// <summary>Gets customer administration (<c>customer.admin.WhiteCustomerAdminApiService</c>).</summary>
    public IWhiteCustomerAdminApiService WhiteCustomers { get; } = whiteCustomers;

    /// <summary>Gets customer groups (<c>customer.admin.CustomerGroupAdminApiService</c>).</summary>
    public ICustomerGroupAdminApiService CustomerGroups { get; } = customerGroups;

    /// <summary>Gets customer accounts and balances (<c>customer.admin.CustomerAdminApiService</c>).</summary>
    public ICustomerAdminApiService Customers { get; } = customers;

    /// <summary>Gets the external-settlement webhook settings (<c>admin.admin.CompanyWebhookDubboService</c>).</summary>
    public ICompanyWebhookService CompanyWebhook { get; } = companyWebhook;
}

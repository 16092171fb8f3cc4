namespace Cmfbl.Sdk.BridgeApi;

/// <summary>The Bridge API (trading bridge to external exchanges, REFERENCE §1.6) in one place; every call is signed with <see cref="BridgeApiOptions.ApiKey"/>.</summary>
/// <param name="customers">Customers: list, register, read.</param>
/// <param name="exchangeAccounts">A customer's exchange accounts.</param>
/// <param name="orders">Orders, fills and balances on the exchange accounts.</param>
/// <param name="webhook">The trade notifications' endpoint.</param>
public sealed class BridgeApiServices(IBridgeCustomerService customers, IExchangeAccountService exchangeAccounts, IDirectOrderService orders, IBridgeWebhookService webhook)
{
    /// <summary>Gets the customer administration (<c>customer.admin.WhiteCustomerAdminApiService</c>).</summary>
    public IBridgeCustomerService Customers { get; } = customers;

    /// <summary>Gets the exchange accounts (<c>customer.admin.CustomerDirectAccAdminApiService</c>).</summary>
    public IExchangeAccountService ExchangeAccounts { get; } = exchangeAccounts;

    /// <summary>Gets the orders, fills and balances (<c>tradeapi.admin.OrderAdminApiService</c>, <c>tradeapi.admin.AccountAdminService</c>).</summary>
    public IDirectOrderService Orders { get; } = orders;

    /// <summary>Gets the trade notifications' subscription (<c>admin.admin.CompanyApiKeyDubboService</c>).</summary>
    public IBridgeWebhookService Webhook { get; } = webhook;
}

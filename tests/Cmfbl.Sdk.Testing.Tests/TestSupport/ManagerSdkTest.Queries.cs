using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Testing.Tests.TestSupport;

/// <summary>The reads the state tests check after a write, through the SDK.</summary>
public abstract partial class ManagerSdkTest
{
    /// <summary>The balance queryAccountList shows for the customer's account of the trade type (and currency).</summary>
    protected async Task<decimal> BalanceAsync(FakeCustomer customer, TradeType tradeType = TradeType.ContractCross, string currency = "USDT")
    {
        var accounts = await Manager.Customers.QueryAccountListAsync(new AccountListRequest { CustomerNo = customer.CustomerNo, TradeType = tradeType });
        return accounts.Single(a => a.Currency == currency).Balance!.Value;
    }

    /// <summary>Every capital-flow row of the customer on the trade type, newest first (the paging walker).</summary>
    protected async Task<List<QueryCapitalFlowListRecord>> FlowAsync(FakeCustomer customer, TradeType tradeType = TradeType.ContractCross, int pageSize = 20, string? lang = "en_US")
    {
        var rows = new List<QueryCapitalFlowListRecord>();
        await foreach (var row in Manager.Orders.GetAllCapitalFlowsAsync(FlowFilter(customer, tradeType) with { Size = pageSize, Lang = lang }))
        {
            rows.Add(row);
        }

        return rows;
    }

    protected static QueryCapitalFlowListRequest FlowFilter(FakeCustomer customer, TradeType tradeType = TradeType.ContractCross) => new()
    {
        CustomerId = customer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CustomerGroupId = customer.CustomerGroupId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CustomerNo = customer.CustomerNo,
        TradeType = tradeType,
    };

    /// <summary>The customer's open positions on trade type 1 (one page of 20).</summary>
    protected Task<IReadOnlyList<QueryPositionPageItem>> PositionsAsync(FakeCustomer customer, string? sortFieldName = null, string? sortType = null, int current = 1, int size = 20) =>
        Manager.Orders.QueryPositionPageAsync(new QueryPositionPageRequest
        {
            TradeType = TradeType.ContractCross,
            CustomerGroupId = customer.CustomerGroupId,
            CustomerId = customer.Id,
            SortFieldName = sortFieldName,
            SortType = sortType,
            Current = current,
            Size = size,
        });
}

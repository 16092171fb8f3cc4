using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The Manager <c>detail</c> object (seed doc 002): the unmasked profile plus the admin-only fields.</summary>
internal static class CustomerDetailJson
{
    public static JsonObject Create(FakeCustomer customer, FakeCustomerGroup? group, bool withAccounts)
    {
        var accounts = withAccounts ? AccountJson.List(customer.Accounts, customer.CompanyId) : null;
        var detail = CustomerProfileJson.Create(customer, group, masked: false, accounts);
        detail["customerType"] = 0;
        detail["address"] = null;
        detail["unitId"] = null;
        detail["unitName"] = null;
        return detail;
    }
}

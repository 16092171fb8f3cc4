using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// <c>customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc</c>: registers a customer, opens its
/// accounts and returns the new customer number (REFERENCE.md §3.1.2).
/// </summary>
internal sealed class AddCustomerOperation(FakeBackend backend, RouteFamily family = RouteFamily.Manager) : IOperation
{
    private const int MaxThirdServerCodeLength = 50;

    public RouteFamily Family => family;

    public string BizType => BizTypes.AddCustomer;

    public OperationAuth Auth => family == RouteFamily.Bridge ? OperationAuth.BridgeKey : OperationAuth.ManagerToken;

    public Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        var phone = JsonRead.Text(body, "phone");
        var email = JsonRead.Text(body, "email");
        if (phone is null && email is null)
        {
            return Errors.PhoneOrEmailRequired;
        }

        if (email is not null && !email.Contains('@', StringComparison.Ordinal))
        {
            return Errors.Invalid("email");
        }

        var pwd = JsonRead.Text(body, "pwd");
        if (pwd is null)
        {
            return Errors.PasswordEmpty;
        }

        if (!Md5Hex.IsLowercaseMd5(pwd))
        {
            return Errors.Invalid("pwd");
        }

        var country = JsonRead.Text(body, "country");
        if (country is null)
        {
            return Errors.Invalid("country");
        }

        var registerSource = JsonRead.Int64(body, "registerSource");
        if (registerSource is not { } source || !RegisterSources.IsValid(source))
        {
            return Errors.Invalid("registerSource");
        }

        if (JsonRead.Int64(body, "customerGroupId") is not { } groupId)
        {
            return Errors.Invalid("customerGroupId");
        }

        var thirdServerCode = JsonRead.Text(body, "thirdServerCode");
        if (thirdServerCode is { Length: > MaxThirdServerCodeLength })
        {
            return Errors.Invalid("thirdServerCode");
        }

        if (!TryReadPlans(body, out var plans))
        {
            return Errors.Invalid("tradeTypeCurrencyList");
        }

        var (customer, error) = backend.Customers.Register(new Registration
        {
            Phone = phone,
            PhoneArea = JsonRead.Text(body, "phoneArea") ?? "+86",
            Email = email,
            EmailArea = JsonRead.Text(body, "emailArea") ?? "+86",
            PasswordMd5 = pwd,
            Country = country,
            RegisterSource = (int)source,
            CustomerGroupId = groupId,
            Remark = JsonRead.Text(body, "remark"),
            RegisterDevice = JsonRead.Text(body, "registerDevice"),
            ThirdServerCode = thirdServerCode,
            UtmSource = JsonRead.Text(body, "utmSource"),
            UtmMedium = JsonRead.Text(body, "utmMedium"),
            UtmCampaign = JsonRead.Text(body, "utmCampaign"),
            UtmContent = JsonRead.Text(body, "utmContent"),
            UtmTerm = JsonRead.Text(body, "utmTerm"),
            Accounts = plans,
        });
        return error is not null ? error : Outcome.Ok(JsonValue.Create(customer!.CustomerNo));
    }

    /// <summary>
    /// Reads <c>tradeTypeCurrencyList</c>: one account per (trade type, currency) pair; <c>allCurrency</c> may list
    /// several currencies. Absent or null → <paramref name="plans"/> is null (the group's defaults).
    /// </summary>
    private static bool TryReadPlans(JsonObject body, out IReadOnlyList<AccountPlan>? plans)
    {
        plans = null;
        if (!JsonRead.Has(body, "tradeTypeCurrencyList"))
        {
            return true;
        }

        if (body["tradeTypeCurrencyList"] is not JsonArray items || items.Count == 0)
        {
            return false;
        }

        var list = new List<AccountPlan>();
        foreach (var item in items)
        {
            if (item is not JsonObject entry
                || JsonRead.Int64(entry, "tradeType") is not { } tradeType
                || JsonRead.Text(entry, "allCurrency") is not { } currencies)
            {
                return false;
            }

            foreach (var currency in currencies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                list.Add(new AccountPlan((int)tradeType, currency));
            }
        }

        plans = list;
        return list.Count > 0;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// The Bridge API (<c>/webhook/global/</c>, merchant key): customers (list, registration and detail shared with the
/// Manager API's store), exchange accounts, orders, fills, balances and the webhook subscription.
/// </summary>
internal static class BridgeOperations
{
    public static IEnumerable<IOperation> Create(FakeBackend backend)
    {
        yield return new CustomerPageOperation(backend, RouteFamily.Bridge);
        yield return new AddCustomerOperation(backend, RouteFamily.Bridge);
        yield return Op(BizTypes.BridgeCustomerDetail, call => Detail(backend, call));
        yield return Op(BizTypes.ExchangeAccountAdd, call => AddAccount(backend, call));
        yield return Op(BizTypes.ExchangeAccountUpdate, call => UpdateAccount(backend, call));
        yield return Op(BizTypes.ExchangeAccountList, call => ListAccounts(backend, call));
        yield return Op(BizTypes.ExchangeAccountDelete, call => DeleteAccount(backend, call));
        yield return Op(BizTypes.AddDirectOrder, call => Place(backend, call));
        yield return Op(BizTypes.CancelDirectOrder, call => OrderAnswer(backend, call, cancel: true));
        yield return Op(BizTypes.QueryDirectOrder, call => OrderAnswer(backend, call, cancel: false));
        yield return Op(BizTypes.QueryDirectTrades, call => Trades(backend, call));
        yield return Op(BizTypes.QueryBalances, call => Balances(backend, call));
        yield return Op(BizTypes.BridgeWebhookSubscribe, call => Subscribe(backend, call));
    }

    private static FakeOperation Op(string bizType, Func<OperationCall, Outcome> handle) =>
        new(RouteFamily.Bridge, bizType, OperationAuth.BridgeKey, handle);

    private static Outcome Detail(FakeBackend backend, OperationCall call) =>
        JsonRead.Text(call.Body, "customerNo") is { } number && backend.Customers.FindByNo(number) is { } customer
            ? Outcome.Ok(CustomerProfileJson.Create(customer, backend.Settings.FindGroup(customer.CustomerGroupId), masked: false, AccountJson.List(customer.Accounts, customer.CompanyId)))
            : Errors.DataNotFound;

    private static Outcome AddAccount(FakeBackend backend, OperationCall call)
    {
        var body = call.Body;
        if (Missing(body, "customerNo", "exchangeCode", "accountType", "accountName", "accountApiKey", "accountSecretKey") is { } missing)
        {
            return Errors.Invalid(missing);
        }

        if (backend.Customers.FindByNo(JsonRead.Text(body, "customerNo")!) is not { } customer)
        {
            return Errors.DataNotFound;
        }

        var error = backend.Bridge.AddAccount(new BridgeAccount
        {
            CustomerId = customer.Id,
            CustomerNo = customer.CustomerNo,
            ExchangeCode = JsonRead.Text(body, "exchangeCode")!,
            AccountType = JsonRead.Text(body, "accountType")!,
            AccountName = JsonRead.Text(body, "accountName")!,
            ApiKey = JsonRead.Text(body, "accountApiKey")!,
        });
        return error ?? Outcome.Ok(null);
    }

    private static Outcome UpdateAccount(FakeBackend backend, OperationCall call)
    {
        var body = call.Body;
        if (Missing(body, "customerNo", "exchangeCode", "accountType", "accountName", "apiKey", "secretKey") is { } missing)
        {
            return Errors.Invalid(missing);
        }

        var updated = backend.Bridge.UpdateAccount(JsonRead.Text(body, "customerNo")!, JsonRead.Text(body, "accountName")!, account => account with
        {
            ExchangeCode = JsonRead.Text(body, "exchangeCode")!,
            AccountType = JsonRead.Text(body, "accountType")!,
            ApiKey = JsonRead.Text(body, "apiKey")!,
        });
        return updated is null ? Errors.DataNotFound : Outcome.Ok(ExchangeAccountJson(backend, updated));
    }

    private static Outcome ListAccounts(FakeBackend backend, OperationCall call) =>
        JsonRead.Text(call.Body, "customerNo") is { } number
            ? Outcome.Ok(new JsonArray(backend.Bridge.Accounts(number, JsonRead.Text(call.Body, "accountName")).Select(a => (JsonNode)ExchangeAccountJson(backend, a)).ToArray()))
            : Errors.Invalid("customerNo");

    private static Outcome DeleteAccount(FakeBackend backend, OperationCall call) =>
        JsonRead.Text(call.Body, "customerNo") is { } number && JsonRead.Text(call.Body, "accountName") is { } name && backend.Bridge.DeleteAccount(number, name)
            ? Outcome.Ok(null)
            : Errors.DataNotFound;

    private static Outcome Place(FakeBackend backend, OperationCall call)
    {
        var body = call.Body;
        if (Missing(body, "exchangeId", "accountName", "customerNo", "customerGroupId", "symbolId", "bizType", "direction") is { } missing)
        {
            return Errors.Invalid(missing);
        }

        if (JsonRead.Int64(body, "tradeType") != 10)
        {
            return Errors.Invalid("tradeType");
        }

        var orderType = (int)JsonRead.Int64(body, "bizType")!.Value;
        var direction = (int)JsonRead.Int64(body, "direction")!.Value;
        var num = Decimal(body, "num");
        var amount = Decimal(body, "amount");
        var price = Decimal(body, "price");
        if (orderType is not (1 or 2) || direction is not (1 or 2) || (num is null && amount is null) || (orderType == 2 && (price is null || num is null)))
        {
            return Errors.Invalid(orderType is not (1 or 2) ? "bizType" : direction is not (1 or 2) ? "direction" : orderType == 2 && price is null ? "price" : "num");
        }

        if (Account(backend, body) is null)
        {
            return Errors.DataNotFound;
        }

        var order = backend.Bridge.Place(new BridgeOrder
        {
            ExchangeId = JsonRead.Text(body, "exchangeId")!,
            CustomerNo = JsonRead.Text(body, "customerNo")!,
            AccountName = JsonRead.Text(body, "accountName")!,
            SymbolId = JsonRead.Text(body, "symbolId")!,
            OrderType = orderType,
            Direction = direction,
            Price = price,
            Num = num,
            Amount = amount,
            TimeInForce = orderType == 2 ? JsonRead.Text(body, "timeInForce") ?? "GTC" : null,
            ClientOrderId = JsonRead.Text(body, "clientOrderId"),
        });
        return Outcome.Ok(OrderJson(order));
    }

    private static Outcome OrderAnswer(FakeBackend backend, OperationCall call, bool cancel)
    {
        var body = call.Body;
        if (Missing(body, "exchangeId", "accountName", "customerNo", "symbolId") is { } missing)
        {
            return Errors.Invalid(missing);
        }

        var orderId = JsonRead.Text(body, "orderId");
        var clientOrderId = JsonRead.Text(body, "clientOrderId");
        if (orderId is null && clientOrderId is null)
        {
            return Errors.Invalid("orderId");
        }

        var customerNo = JsonRead.Text(body, "customerNo")!;
        var accountName = JsonRead.Text(body, "accountName")!;
        var order = cancel
            ? backend.Bridge.Cancel(customerNo, accountName, orderId, clientOrderId)
            : backend.Bridge.Find(customerNo, accountName, orderId, clientOrderId);
        return order is null ? Errors.OrderNotFound : Outcome.Ok(OrderJson(order));
    }

    private static Outcome Trades(FakeBackend backend, OperationCall call)
    {
        var body = call.Body;
        if (Missing(body, "exchangeId", "accountName", "customerNo", "symbolId") is { } missing)
        {
            return Errors.Invalid(missing);
        }

        var now = backend.Settings.Time.GetUtcNow();
        var to = JsonRead.Int64(body, "endTime") is { } end ? DateTimeOffset.FromUnixTimeMilliseconds(end) : now;
        var from = JsonRead.Int64(body, "startTime") is { } start ? DateTimeOffset.FromUnixTimeMilliseconds(start) : to.AddHours(-24);
        if (to - from > TimeSpan.FromHours(24) || to < from)
        {
            return Errors.Invalid("startTime");
        }

        var limit = JsonRead.Int64(body, "limit") is { } l and >= 1 and <= 100 ? (int)l : 20;
        var fills = backend.Bridge.Fills(JsonRead.Text(body, "customerNo")!, JsonRead.Text(body, "accountName")!, JsonRead.Text(body, "symbolId")!, from, to, limit);
        return Outcome.Ok(new JsonArray(fills.Select(o => (JsonNode)new JsonObject
        {
            ["tradeId"] = o.TradeId,
            ["orderId"] = o.OrderId,
            ["clientOrderId"] = o.ClientOrderId,
            ["symbolId"] = o.SymbolId,
            ["executeNum"] = Text(o.ExecuteNum),
            ["executePrice"] = Text(o.ExecutePrice),
            ["executeTime"] = UnixTime.Ms(o.Time),
            ["commission"] = "0",
            ["commissionCurrency"] = "USDT",
        }).ToArray()));
    }

    private static Outcome Balances(FakeBackend backend, OperationCall call)
    {
        if (Account(backend, call.Body) is not { } account)
        {
            return Errors.DataNotFound;
        }

        var omitZero = JsonRead.Boolean(call.Body, "omitZeroBalances") == true;
        var currencies = JsonRead.Text(call.Body, "currency")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Outcome.Ok(new JsonArray(account.Balances
            .Where(b => (!omitZero || b.Value != 0) && (currencies is null || currencies.Contains(b.Key, StringComparer.Ordinal)))
            .OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => (JsonNode)new JsonObject { ["currency"] = b.Key, ["balance"] = Text(b.Value), ["locked"] = "0" })
            .ToArray()));
    }

    private static Outcome Subscribe(FakeBackend backend, OperationCall call)
    {
        if (Missing(call.Body, "apiKey", "webhookUrl") is { } missing)
        {
            return Errors.Invalid(missing);
        }

        backend.Bridge.Subscribe(JsonRead.Text(call.Body, "apiKey")!, JsonRead.Text(call.Body, "webhookUrl")!);
        return Outcome.Ok("true");
    }

    private static BridgeAccount? Account(FakeBackend backend, JsonObject body) =>
        JsonRead.Text(body, "customerNo") is { } number && JsonRead.Text(body, "accountName") is { } name && JsonRead.Text(body, "exchangeId") is { } exchange
            ? backend.Bridge.Account(number, name, exchange)
            : null;

    private static JsonObject ExchangeAccountJson(FakeBackend backend, BridgeAccount account) => new()
    {
        ["companyId"] = backend.Settings.CompanyId,
        ["customerId"] = account.CustomerId,
        ["customerNo"] = account.CustomerNo,
        ["exchangeCode"] = account.ExchangeCode,
        ["accountType"] = account.AccountType,
        ["accountName"] = account.AccountName,
        ["apiKey"] = account.ApiKey,
    };

    private static JsonObject OrderJson(BridgeOrder order) => new()
    {
        ["exchangeId"] = order.ExchangeId,
        ["orderId"] = order.OrderId,
        ["clientOrderId"] = order.ClientOrderId,
        ["status"] = order.Status,
        ["timeInForce"] = order.TimeInForce,
        ["symbolId"] = order.SymbolId,
        ["bizType"] = order.OrderType,
    };

    private static string? Missing(JsonObject body, params string[] names) => names.FirstOrDefault(name => JsonRead.Text(body, name) is null);

    private static decimal? Decimal(JsonObject body, string name) =>
        JsonRead.Text(body, name) is { } text && decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}

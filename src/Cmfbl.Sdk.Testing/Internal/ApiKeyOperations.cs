using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// <c>customer.app.CustomerApiWebService.*</c> (Client token): apply for, list, read, change, delete and re-package a
/// customer's Open API keys. Changes that the vendor guards with a code need one (any non-empty Google, SMS or e-mail code).
/// </summary>
internal static class ApiKeyOperations
{
    public static IEnumerable<IOperation> Create(FakeBackend backend)
    {
        yield return Op(BizTypes.ApplyApi, call => Apply(backend, call));
        yield return Op(BizTypes.ApiPage, call => Page(backend, call));
        yield return Op(BizTypes.QueryApi, call => WithKey(backend, call, key => Outcome.Ok(Json(backend, key))));
        yield return Op(BizTypes.EditApiPermission, call => Edit(backend, call));
        yield return Op(BizTypes.DelApi, call => Delete(backend, call));
        yield return Op(BizTypes.DowngradeApi, call => Downgrade(backend, call));

        // The message stream's token: a Client token of the caller's customer, which the message push accepts.
        yield return Op(Route.MessagePushTokenBizType, call => call.Session?.CustomerId is { } id
            ? Outcome.Ok(backend.Tokens.Issue(TokenKind.Client, id).Token)
            : Errors.DataNotFound);
    }

    private static FakeOperation Op(string bizType, Func<OperationCall, Outcome> handle) =>
        new(RouteFamily.ClientGlobal, bizType, OperationAuth.ClientToken, handle);

    private static Outcome Apply(FakeBackend backend, OperationCall call)
    {
        if (Customer(backend, call) is not { } customer)
        {
            return Errors.DataNotFound;
        }

        if (JsonRead.Text(call.Body, "tag") is not { } tag)
        {
            return Errors.Invalid("tag");
        }

        if (!HasProof(call.Body))
        {
            return Errors.VerificationCodeMissing;
        }

        var (key, privateKey, error) = backend.ApiKeys.Apply(customer, tag);
        return error ?? Outcome.Ok(Json(backend, key!, privateKey));
    }

    private static Outcome Page(FakeBackend backend, OperationCall call)
    {
        if (call.Session?.CustomerId is not { } customerId)
        {
            return Errors.DataNotFound;
        }

        var current = JsonRead.Int64(call.Body, "current") is { } c and > 0 ? c : 1;
        var size = JsonRead.Int64(call.Body, "size") is { } s and > 0 ? s : 20;
        var tag = JsonRead.Text(call.Body, "tag");
        var keys = backend.ApiKeys.OfCustomer(customerId).Where(k => tag is null || k.Tag == tag).ToArray();
        return Outcome.Ok(new JsonObject
        {
            ["current"] = current,
            ["size"] = size,
            ["total"] = keys.Length,
            ["records"] = new JsonArray(keys.Skip((int)((current - 1) * size)).Take((int)size).Select(k => (JsonNode)Json(backend, k)).ToArray()),
        });
    }

    private static Outcome Edit(FakeBackend backend, OperationCall call)
    {
        if (!HasProof(call.Body))
        {
            return Errors.VerificationCodeMissing;
        }

        if (call.Session?.CustomerId is not { } customerId || JsonRead.Int64(call.Body, "id") is not { } id)
        {
            return Errors.Invalid("id");
        }

        var tag = JsonRead.Text(call.Body, "tag");
        var whiteIps = JsonRead.Text(call.Body, "whiteIps");
        var changes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in call.Body["permissionList"] as JsonArray ?? [])
        {
            if (item is not JsonObject permission || JsonRead.Text(permission, "code") is not { } code || !ApiKeyStore.Codes.Contains(code)
                || JsonRead.Int64(permission, "status") is not (1 or 2) || code == "ready_only")
            {
                return Errors.Invalid("permissionList");
            }

            changes[code] = (int)JsonRead.Int64(permission, "status")!.Value;
        }

        var (_, error) = backend.ApiKeys.Update(customerId, id, key => key with
        {
            Tag = tag ?? key.Tag,
            WhiteIps = whiteIps ?? key.WhiteIps,
            ExpiredTime = whiteIps is not null ? null : key.ExpiredTime,
            Permissions = key.Permissions.ToDictionary(p => p.Key, p => changes.GetValueOrDefault(p.Key, p.Value), StringComparer.Ordinal),
        });
        return error ?? Outcome.Ok(null);
    }

    private static Outcome Delete(FakeBackend backend, OperationCall call) =>
        call.Session?.CustomerId is { } customerId && JsonRead.Int64(call.Body, "id") is { } id && backend.ApiKeys.Delete(customerId, id)
            ? Outcome.Ok(null)
            : Errors.DataNotFound;

    private static Outcome Downgrade(FakeBackend backend, OperationCall call)
    {
        var months = JsonRead.Text(call.Body, "times") switch
        {
            "month" => 1,
            "quarter" => 3,
            "half" => 6,
            "year" => 12,
            _ => 0,
        };
        if (months == 0)
        {
            return Errors.Invalid("times");
        }

        var key = JsonRead.Text(call.Body, "apiKey") is { } apiKey ? backend.ApiKeys.Find(apiKey) : null;
        if (key is null || key.CustomerId != call.Session?.CustomerId)
        {
            return Errors.DataNotFound;
        }

        var (changed, error) = backend.ApiKeys.Update(key.CustomerId, key.Id, k => k with { ExpiredTime = backend.Settings.Time.GetUtcNow().AddMonths(months) });
        return error ?? Outcome.Ok(Json(backend, changed!));
    }

    private static Outcome WithKey(FakeBackend backend, OperationCall call, Func<ApiKeyRecord, Outcome> answer) =>
        call.Session?.CustomerId is { } customerId && JsonRead.Int64(call.Body, "id") is { } id && backend.ApiKeys.Find(customerId, id) is { } key
            ? answer(key)
            : Errors.DataNotFound;

    private static FakeCustomer? Customer(FakeBackend backend, OperationCall call) =>
        call.Session?.CustomerId is { } id ? backend.Customers.FindById(id) : null;

    private static bool HasProof(JsonObject body) =>
        JsonRead.Text(body, "googleCode") is not null || JsonRead.Text(body, "phoneCode") is not null || JsonRead.Text(body, "emailCode") is not null;

    private static JsonObject Json(FakeBackend backend, ApiKeyRecord key, string? privateKey = null) =>
        ApiKeyJson.Create(key, backend.Settings.CompanyId, backend.Settings.Time.GetUtcNow(), privateKey);
}

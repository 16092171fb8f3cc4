using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A key as the key-management calls answer it (the spec's example fields); the private key only from applyApi.</summary>
internal static class ApiKeyJson
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["ready_only"] = "Read",
        ["trade"] = "Spot Trade",
        ["contract_trade"] = "Contract Trade",
        ["captial_out"] = "Withdraw",
    };

    public static JsonObject Create(ApiKeyRecord key, long companyId, DateTimeOffset now, string? privateKey = null) => new()
    {
        ["id"] = key.Id,
        ["apiKey"] = key.ApiKey,
        ["privateKey"] = privateKey,
        ["pubKey"] = key.PublicKey,
        ["secretKeyMd5"] = key.SecretKeyMd5,
        ["tag"] = key.Tag,
        ["customerNo"] = key.CustomerNo,
        ["customerId"] = key.CustomerId,
        ["customerGroupId"] = key.CustomerGroupId,
        ["companyId"] = companyId,
        ["ipLimit"] = key.WhiteIps is not null,
        ["whiteIps"] = key.WhiteIps,
        ["sources"] = null,
        ["createTime"] = UnixTime.Ms(key.CreateTime),
        ["updateTime"] = UnixTime.Ms(key.UpdateTime),
        ["expiredTime"] = UnixTime.Ms(key.ExpiredTime),
        ["withdrawTime"] = null,
        ["validityDays"] = key.ExpiredTime is { } expires ? (expires <= now ? -1 : (int)Math.Ceiling((expires - now).TotalDays)) : null,
        ["permissionDTOList"] = new JsonArray(key.Permissions.Select(p => (JsonNode)new JsonObject
        {
            ["code"] = p.Key,
            ["name"] = Names.GetValueOrDefault(p.Key, p.Key),
            ["status"] = p.Value,
            ["canEdit"] = p.Key != "ready_only",
            ["paths"] = null,
        }).ToArray()),
    };
}

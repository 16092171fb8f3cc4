using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A customer group as groupList returns it.</summary>
internal static class GroupJson
{
    public static JsonObject Create(FakeCustomerGroup group) => new()
    {
        ["id"] = group.Id,
        ["name"] = group.Name,
        ["openAccountType"] = group.OpenAccountType,
        ["type"] = group.Type,
        ["tradeType"] = group.TradeType,
        ["assets"] = group.Assets,
    };
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Builds the gateway envelope (REFERENCE.md §2.1).</summary>
internal static class Envelope
{
    public static JsonObject Success(JsonNode? data, string? trace, long tm) => new()
    {
        ["code"] = "0",
        ["msg"] = "Success",
        ["bizCode"] = string.Empty,
        ["tm"] = tm,
        ["trace"] = trace,
        ["msgParams"] = null,
        ["data"] = data,
        ["ok"] = true,
        ["fail"] = false,
    };

    public static JsonObject Error(FakeError error, string? trace, string bizType, long tm) => new()
    {
        ["code"] = error.Code,
        ["msg"] = error.Msg,
        ["bizCode"] = error.BizCode,
        ["tm"] = tm,
        ["trace"] = trace,
        ["msgParams"] = error.MsgParams,
        ["data"] = bizType,
        ["ok"] = false,
        ["fail"] = true,
    };
}

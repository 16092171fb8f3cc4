using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>What the configuration rows share: the audit columns, and the <c>companyId</c> some bodies repeat.</summary>
internal static class ConfigJson
{
    /// <summary>Adds <c>status</c> 1 (enabled), <c>createBy</c>/<c>updateBy</c>, <c>createTime</c>/<c>updateTime</c> and <c>revision</c>.</summary>
    public static JsonObject Audited(JsonObject row, DateTimeOffset time)
    {
        row["status"] = 1;
        row["createBy"] = "admin";
        row["createTime"] = UnixTime.Ms(time);
        row["updateBy"] = "admin";
        row["updateTime"] = UnixTime.Ms(time);
        row["revision"] = 0;
        return row;
    }

    /// <summary>
    /// Reads the body's <c>companyId</c>: an error when it is required and missing; otherwise whether it names the
    /// server's company (another company's data is empty, not an error).
    /// </summary>
    public static FakeError? Company(JsonObject body, FakeSettings settings, bool required, out bool ours)
    {
        var companyId = JsonRead.Int64(body, "companyId");
        ours = companyId is null || companyId == settings.CompanyId;
        return required && companyId is null ? Errors.BadParameter("companyId") : null;
    }

    public static JsonArray Array(IEnumerable<JsonObject> rows) => new([.. rows]);
}

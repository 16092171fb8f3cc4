using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>
/// <c>config.admin.AdminDictDubboService.getCountryListByParentCode</c>: parent code <c>-1</c> lists every country
/// (ISO code, name, phone area code); the fake's countries have no children, so any other code lists nothing. The token is optional.
/// </summary>
internal sealed class GetCountryListByParentCodeOperation(FakeBackend backend)
    : OperationBase("config.admin.AdminDictDubboService.getCountryListByParentCode", OperationAuth.OptionalManagerToken)
{
    private const string AllCountries = "-1";

    public override Outcome Handle(OperationCall call)
    {
        if (JsonRead.Text(call.Body, "parentCode") is not { } parentCode)
        {
            return Errors.BadParameter("parentCode");
        }

        var countries = parentCode == AllCountries ? CountryCatalog.Countries : [];
        return Outcome.Ok(ConfigJson.Array(countries.Select((c, i) => ConfigJson.Audited(
            new JsonObject
            {
                ["nationalCode"] = c.Code,
                ["code"] = c.Code,
                ["displayName"] = null,
                ["sort"] = i + 1,
                ["nameEn"] = c.Name,
                ["childs"] = null,
                ["parentId"] = 0,
                ["extend"] = string.Empty,
                ["nameTw"] = c.Name,
                ["parentCode"] = parentCode,
                ["countryCode"] = c.AreaCode,
                ["name"] = c.Name,
                ["id"] = c.Id,
                ["hasLeaf"] = null,
            },
            backend.Settings.StartedAt))));
    }
}

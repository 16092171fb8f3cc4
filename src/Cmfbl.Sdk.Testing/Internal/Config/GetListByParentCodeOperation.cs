using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>
/// <c>config.admin.AdminDictDubboService.getListByParentCode</c>: a common dictionary by <c>parentCode</c>
/// (<c>phone_code</c>, <c>register_source</c>, <c>bank_code</c>, <c>Language</c>, or a currency for its chains); the token is optional.
/// </summary>
internal sealed class GetListByParentCodeOperation(FakeBackend backend)
    : OperationBase("config.admin.AdminDictDubboService.getListByParentCode", OperationAuth.OptionalManagerToken)
{
    public override Outcome Handle(OperationCall call)
    {
        if (JsonRead.Text(call.Body, "parentCode") is not { } parentCode)
        {
            return Errors.BadParameter("parentCode");
        }

        return Outcome.Ok(ConfigJson.Array(DictionaryCatalog.Children(parentCode).Select(e => ConfigJson.Audited(
            new JsonObject
            {
                ["code"] = e.Code,
                ["displayName"] = e.Name,
                ["sort"] = e.Sort,
                ["nameEn"] = null,
                ["parentId"] = e.ParentId,
                ["extend"] = e.Extend,
                ["nameTw"] = null,
                ["parentCode"] = parentCode,
                ["name"] = e.Name,
                ["showType"] = null,
                ["id"] = e.Id,
                ["hasLeaf"] = 0,
            },
            backend.Settings.StartedAt))));
    }
}

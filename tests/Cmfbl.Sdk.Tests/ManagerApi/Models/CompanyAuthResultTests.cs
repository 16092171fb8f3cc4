using System.Reflection;
using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class CompanyAuthResultTests
{
    // The spec's example for this operation is a dictionary answer pasted by mistake; this data follows its schema
    // (every property of the response's data, in the schema's order), with plausible values.
    private const string SchemaShapedData = """
        {
          "code": "ETB", "startNumber": 86000000, "tradeTypes": "1,5", "timezone": 8, "bgImage": "bg.png",
          "publicKey": "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC", "bizName": "ETB Markets", "updateBy": "admin",
          "appId": "app-1", "logo": "logo.png", "id": 360, "lang": "en-US", "adminPassword": null, "adImage": "",
          "adminRoleId": null, "adminUserId": null,
          "tradeTypeList": [{"code": "CFD_MM", "name": "Contract", "id": "1"}, {"code": "SPOT", "name": "Spot", "id": "5"}],
          "strId": "360", "endNumber": 86999999, "updateTime": 1661227305000, "stpLoginUser": null, "initProgress": 3,
          "revision": 2, "token": "tok-123", "demoInitialAmount": null, "stpAccount": null, "codeMd5": "0cc175b9c0f1b6a831c399e269772661",
          "stpPassword": null, "createBy": "system", "createTime": "1636696846289", "domain": "etb.example", "name": "ETB",
          "appSecret": "must-not-be-read", "dataSourceType": 1, "dbPassword": null, "status": 1, "companyType": "real",
          "associationCompanyId": 361
        }
        """;

    private static CompanyAuthResult Read(string json) =>
        JsonSerializer.Deserialize(json, ManagerJsonContext.Default.CompanyAuthResult) ?? throw new InvalidOperationException("null");

    [Fact]
    public void Deserialize_SchemaShapedData_ReadsEveryField()
    {
        var r = Read(SchemaShapedData);

        Assert.Equal("tok-123", r.Token);
        Assert.Equal(360L, r.Id);
        Assert.Equal("ETB", r.Code);
        Assert.Equal("0cc175b9c0f1b6a831c399e269772661", r.CodeMd5);
        Assert.Equal("360", r.StrId);
        Assert.Equal("ETB", r.Name);
        Assert.Equal("ETB Markets", r.BizName);
        Assert.Equal("app-1", r.AppId);
        Assert.Equal("real", r.CompanyType);
        Assert.Equal(361L, r.AssociationCompanyId);
        Assert.Equal(CompanyStatus.Enabled, r.Status);
        Assert.Equal("en-US", r.Lang);
        Assert.Equal(8, r.Timezone);
        Assert.Equal("MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC", r.PublicKey);
        Assert.Equal("1,5", r.TradeTypes);
        Assert.Equal(["1", "5"], r.TradeTypeList.Select(t => t.Id));
        Assert.Equal("CFD_MM", r.TradeTypeList[0].Code);
        Assert.Equal("Spot", r.TradeTypeList[1].Name);
        Assert.Equal(86000000L, r.StartNumber);
        Assert.Equal(86999999L, r.EndNumber);
        Assert.Equal(CompanyDataSourceType.Public, r.DataSourceType);
        Assert.Equal(CompanyInitProgress.InitializeData, r.InitProgress);
        Assert.Equal("etb.example", r.Domain);
        Assert.Equal("logo.png", r.Logo);
        Assert.Equal("bg.png", r.BgImage);
        Assert.Equal(string.Empty, r.AdImage);
        Assert.Equal(2, r.Revision);
        Assert.Equal("system", r.CreateBy);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1636696846289), r.CreateTime);
        Assert.Equal("admin", r.UpdateBy);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1661227305000), r.UpdateTime);
    }

    [Fact]
    public void Deserialize_AppSecretInAnswer_IsNotKept()
    {
        var r = Read(SchemaShapedData);

        Assert.DoesNotContain("must-not-be-read", r.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(
            typeof(CompanyAuthResult).GetProperties(),
            p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name is "appSecret" or "adminPassword" or "dbPassword" or "stpPassword");
    }

    [Fact]
    public void Deserialize_TokenOnly_LeavesTradeTypeListEmpty()
    {
        var r = Read("""{"token": "tok-123"}""");

        Assert.Equal("tok-123", r.Token);
        Assert.Empty(r.TradeTypeList);
    }

    [Fact]
    public void Deserialize_TradeTypeIdAsNumber_ReadsText() =>
        Assert.Equal("1", Assert.Single(Read("""{"tradeTypeList": [{"id": 1}]}""").TradeTypeList).Id);

    [Fact]
    public void ToString_DoesNotContainToken()
    {
        var text = new CompanyAuthResult { Token = "tok-123", Id = 360, Name = "ETB" }.ToString();

        Assert.DoesNotContain("tok-123", text, StringComparison.Ordinal);
        Assert.Contains("Token = ***", text, StringComparison.Ordinal);
        Assert.Contains("Id = 360", text, StringComparison.Ordinal);
        Assert.Contains("Name = ETB", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_FromSchemaShapedData_DoesNotContainToken() =>
        Assert.DoesNotContain("tok-123", Read(SchemaShapedData).ToString(), StringComparison.Ordinal);

    [Fact]
    public void ToString_NamesEveryProperty()
    {
        var text = new CompanyAuthResult().ToString();

        foreach (var property in typeof(CompanyAuthResult).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.Contains($"{property.Name} = ", text, StringComparison.Ordinal);
        }
    }
}

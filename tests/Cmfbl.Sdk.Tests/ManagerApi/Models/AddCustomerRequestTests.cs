using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Serialization.Internal;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class AddCustomerRequestTests
{
    private const string Md5OfA123456 = "dc483e80a7a0bd9ef71d8cf973673924";

    // Seed doc 002, "Create Account": the request body, verbatim.
    private const string SeedDoc002RequestBody = """
        {
          "phone": "{{mock_phone}}",
          "pwd": "dc483e80a7a0bd9ef71d8cf973673924",
          "country": "{{national_code}}",
          "registerSource": 1,
          "customerGroupId": 1,
          "tradeTypeCurrencyList": [
            {
              "allCurrency": "USDT",
              "tradeType": "1"
            }
          ],
          "phoneArea": "+86"
        }
        """;

    // The same response's data, verbatim.
    private const string SeedDoc002ResponseData = """
        "86021976"
        """;

    private static AddCustomerRequest SeedDocRequest() => new()
    {
        Phone = "{{mock_phone}}",
        Password = Md5Password.FromPlainText("a123456"),
        Country = "{{national_code}}",
        RegisterSource = RegisterSource.H5,
        CustomerGroupId = 1,
        TradeTypeCurrencyList = [new TradeTypeCurrency { TradeType = "1", AllCurrency = "USDT" }],
        PhoneArea = "+86",
    };

    private static string Serialize(AddCustomerRequest request) => JsonSerializer.Serialize(request, ManagerJsonContext.Default.AddCustomerRequest);

    [Fact]
    public void Serialize_SeedDoc002Request_MatchesBody() => JsonAssert.Equivalent(SeedDoc002RequestBody, Serialize(SeedDocRequest()));

    [Fact]
    public void Serialize_Password_WritesMd5HexAsPwd() =>
        Assert.Contains($"\"pwd\":\"{Md5OfA123456}\"", Serialize(SeedDocRequest()), StringComparison.Ordinal);

    [Fact]
    public void Serialize_NullFields_AreOmitted()
    {
        var json = Serialize(SeedDocRequest());

        foreach (var name in new[] { "email", "emailArea", "remark", "registerDevice", "utmSource", "utmMedium", "utmCampaign", "utmContent", "utmTerm", "thirdServerCode" })
        {
            Assert.DoesNotContain($"\"{name}\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Serialize_RegisterSourceAndGroup_WritesNumbers()
    {
        var json = Serialize(SeedDocRequest() with { RegisterSource = RegisterSource.System, CustomerGroupId = 12 });

        Assert.Contains("\"registerSource\":3", json, StringComparison.Ordinal);
        Assert.Contains("\"customerGroupId\":12", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_TradeTypeCurrencyList_WritesStringFields() =>
        Assert.Contains("\"tradeTypeCurrencyList\":[{\"tradeType\":\"1\",\"allCurrency\":\"USDT\"}]", Serialize(SeedDocRequest()), StringComparison.Ordinal);

    [Fact]
    public void Serialize_EveryOptionalField_WritesThem()
    {
        var request = new AddCustomerRequest
        {
            Phone = "13800138000",
            Email = "someone@example.com",
            Password = Md5Password.FromMd5Hex(Md5OfA123456),
            Country = "US",
            RegisterSource = RegisterSource.System,
            CustomerGroupId = 1,
            TradeTypeCurrencyList = [TradeTypeCurrency.Create(TradeType.Spot, "USDT", "BTC")],
            Remark = "r",
            RegisterDevice = "d",
            UtmSource = "s",
            UtmMedium = "m",
            UtmCampaign = "c",
            UtmContent = "ct",
            UtmTerm = "t",
            ThirdServerCode = "crm-42",
        };

        JsonAssert.Equivalent(
            """
            {"phone":"13800138000","email":"someone@example.com","pwd":"dc483e80a7a0bd9ef71d8cf973673924","country":"US","registerSource":3,
             "customerGroupId":1,"tradeTypeCurrencyList":[{"tradeType":"5","allCurrency":"USDT,BTC"}],"remark":"r",
             "registerDevice":"d","utmSource":"s","utmMedium":"m","utmCampaign":"c","utmContent":"ct","utmTerm":"t",
             "thirdServerCode":"crm-42"}
            """,
            Serialize(request));
    }

    [Fact]
    public void ToString_DoesNotContainPasswordHash()
    {
        var text = SeedDocRequest().ToString();

        Assert.DoesNotContain(Md5OfA123456, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Password = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SeedDoc002AddCustomerExample_ReadsCustomerNumber() =>
        Assert.Equal("86021976", JsonSerializer.Deserialize(SeedDoc002ResponseData, CmfblJsonContext.Default.String));

    [Fact]
    public void Deserialize_CustomerNumberAsNumber_ReadsText() =>
        Assert.Equal("86021976", JsonSerializer.Deserialize("86021976", CmfblJsonContext.Default.String));
}

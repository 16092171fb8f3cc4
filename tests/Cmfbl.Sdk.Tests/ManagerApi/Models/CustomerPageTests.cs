using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class CustomerPageTests
{
    // Seed doc 002, "Customer basic information" (WhiteCustomerAdminApiService.page): the request body, verbatim.
    private const string SeedDoc002RequestBody = """
        {
          "customerNo": null,
          "size": 20,
          "current": 1
        }
        """;

    // The same response's data, verbatim.
    private const string SeedDoc002ResponseData = """
        {
          "current": 0,
          "records": [
            {
              "agentCustomerNo": "",
              "companyId": 0,
              "createTime": 0,
              "customerGroupId": 0,
              "customerGroupName": "",
              "customerNo": "",
              "customerType": 0,
              "email": "",
              "firstAccountActivateTime": 0,
              "firstName": "",
              "id": 0,
              "idCard": "",
              "idCardType": "",
              "lastName": "",
              "loginTime": 0,
              "name": "",
              "openAccountType": 0,
              "phone": "",
              "phoneArea": "",
              "registerSource": 0,
              "remark": "",
              "status": 0,
              "tgUserId": "",
              "tgUserName": "",
              "thirdAccountNo": "",
              "thirdLoginSource": "",
              "thirdUserId": "",
              "unitId": 0,
              "unitName": "",
              "updateTime": 0
            }
          ],
          "size": 0,
          "total": 0
        }
        """;

    [Fact]
    public void Serialize_Defaults_WritesSizeAndCurrent() =>
        Assert.Equal("""{"size":20,"current":1}""", JsonSerializer.Serialize(new CustomerPageRequest(), ManagerJsonContext.Default.CustomerPageRequest));

    [Fact]
    public void Serialize_SeedDoc002Request_MatchesBodyExceptNullCustomerNo()
    {
        var expected = System.Text.Json.Nodes.JsonNode.Parse(SeedDoc002RequestBody)!.AsObject();
        expected.Remove("customerNo"); // null is omitted, as every optional field

        JsonAssert.Equivalent(expected.ToJsonString(), JsonSerializer.Serialize(new CustomerPageRequest(), ManagerJsonContext.Default.CustomerPageRequest));
    }

    [Fact]
    public void Serialize_WithCustomerNo_WritesIt() =>
        Assert.Equal(
            """{"customerNo":"86000020","size":2000,"current":3}""",
            JsonSerializer.Serialize(new CustomerPageRequest { CustomerNo = "86000020", Size = 2000, Current = 3 }, ManagerJsonContext.Default.CustomerPageRequest));

    [Fact]
    public void Deserialize_SeedDoc002PageExample_ReadsEveryField()
    {
        var page = JsonSerializer.Deserialize(SeedDoc002ResponseData, ManagerJsonContext.Default.PagedResultCustomerRecord);

        Assert.Equal(0, page!.Current);
        Assert.Equal(0, page.Size);
        Assert.Equal(0L, page.Total);
        var r = Assert.Single(page.Records);
        Assert.Equal(string.Empty, r.AgentCustomerNo);
        Assert.Equal(0L, r.CompanyId);
        Assert.Null(r.CreateTime);                                        // 0 = never
        Assert.Equal(0L, r.CustomerGroupId);
        Assert.Equal(string.Empty, r.CustomerGroupName);
        Assert.Equal(string.Empty, r.CustomerNo);
        Assert.Equal(CustomerType.Default, r.CustomerType);
        Assert.Equal(string.Empty, r.Email);
        Assert.Null(r.FirstAccountActivateTime);
        Assert.Equal(string.Empty, r.FirstName);
        Assert.Equal(0L, r.Id);
        Assert.Equal(string.Empty, r.IdCard);
        Assert.Equal(string.Empty, r.IdCardType);
        Assert.Equal(string.Empty, r.LastName);
        Assert.Null(r.LoginTime);
        Assert.Equal(string.Empty, r.Name);
        Assert.Equal(OpenAccountType.Individual, r.OpenAccountType);
        Assert.Equal(string.Empty, r.Phone);
        Assert.Equal(string.Empty, r.PhoneArea);
        Assert.Equal((RegisterSource)0, r.RegisterSource);
        Assert.Equal(string.Empty, r.Remark);
        Assert.Equal((CustomerStatus)0, r.Status);
        Assert.Equal(string.Empty, r.TgUserId);
        Assert.Equal(string.Empty, r.TgUserName);
        Assert.Equal(string.Empty, r.ThirdAccountNo);
        Assert.Equal(string.Empty, r.ThirdLoginSource);
        Assert.Equal(string.Empty, r.ThirdUserId);
        Assert.Equal(0L, r.UnitId);
        Assert.Equal(string.Empty, r.UnitName);
        Assert.Null(r.UpdateTime);
    }

    [Fact]
    public void Deserialize_RecordWithRealValues_ReadsThem()
    {
        var page = JsonSerializer.Deserialize(
            """
            {"current": "2", "size": "20", "total": "41", "records": [
              {"id": "12", "customerNo": 86000020, "status": "2", "customerType": 1, "registerSource": 3,
               "createTime": "1661227305000", "loginTime": 1678360534200, "unitId": null, "openAccountType": "1"}]}
            """,
            ManagerJsonContext.Default.PagedResultCustomerRecord);

        Assert.Equal(2, page!.Current);
        Assert.Equal(20, page.Size);
        Assert.Equal(41L, page.Total);
        var r = Assert.Single(page.Records);
        Assert.Equal(12L, r.Id);
        Assert.Equal("86000020", r.CustomerNo);
        Assert.Equal(CustomerStatus.Disabled, r.Status);
        Assert.Equal(CustomerType.Agent, r.CustomerType);
        Assert.Equal(RegisterSource.System, r.RegisterSource);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1661227305000), r.CreateTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1678360534200), r.LoginTime);
        Assert.Null(r.UnitId);
        Assert.Equal(OpenAccountType.Enterprise, r.OpenAccountType);
    }

    [Fact]
    public void Deserialize_UnknownStatus_KeepsValue()
    {
        var page = JsonSerializer.Deserialize("""{"records": [{"status": 99}]}""", ManagerJsonContext.Default.PagedResultCustomerRecord);

        Assert.Equal((CustomerStatus)99, Assert.Single(page!.Records).Status);
    }

    [Theory]
    [InlineData("""{"current": 1, "size": 20, "total": 0}""")]
    [InlineData("""{"records": null}""")]
    public void Deserialize_RecordsMissingOrNull_ReadsEmptyList(string json) =>
        Assert.Empty(JsonSerializer.Deserialize(json, ManagerJsonContext.Default.PagedResultCustomerRecord)!.Records);
}

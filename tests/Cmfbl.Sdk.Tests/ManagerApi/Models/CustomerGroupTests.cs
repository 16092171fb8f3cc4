using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class CustomerGroupTests
{
    // Seed doc 002, "Check customer group list": the request body, verbatim.
    private const string SeedDoc002RequestBody = """
        {
          "tradeType": 5,
          "customerNo": "86000020"
        }
        """;

    // The same response's data, verbatim: one object, although the operation lists groups.
    private const string SeedDoc002ResponseData = """
        {
          "id": 1,
          "name": "text",
          "openAccountType": 1,
          "type": 1,
          "tradeType": 1,
          "assets": "text"
        }
        """;

    [Fact]
    public void Serialize_SeedDoc002Request_MatchesBody() =>
        JsonAssert.Equivalent(
            SeedDoc002RequestBody,
            JsonSerializer.Serialize(
                new CustomerGroupListRequest { TradeType = TradeType.Spot, CustomerNo = "86000020" },
                ManagerJsonContext.Default.CustomerGroupListRequest));

    [Fact]
    public void Serialize_Empty_WritesEmptyObject() =>
        Assert.Equal("{}", JsonSerializer.Serialize(new CustomerGroupListRequest(), ManagerJsonContext.Default.CustomerGroupListRequest));

    [Fact]
    public void Deserialize_SeedDoc002GroupListExample_ReadsEveryField()
    {
        var g = JsonSerializer.Deserialize(SeedDoc002ResponseData, ManagerJsonContext.Default.CustomerGroup);

        Assert.Equal(1L, g!.Id);
        Assert.Equal("text", g.Name);
        Assert.Equal(1, g.OpenAccountType);
        Assert.Equal(CustomerGroupType.Demo, g.Type);
        Assert.Equal(TradeType.ContractCross, g.TradeType);
        Assert.Equal("text", g.Assets);
    }

    [Fact]
    public void Deserialize_SeedDoc002GroupListExampleAsList_ReadsOneGroup()
    {
        var list = JsonSerializer.Deserialize(SeedDoc002ResponseData, ManagerJsonContext.Default.IReadOnlyListCustomerGroup);

        var g = Assert.Single(list!);
        Assert.Equal(1L, g.Id);
        Assert.Equal("text", g.Assets);
    }

    [Fact]
    public void Deserialize_Array_ReadsEveryGroup()
    {
        const string json = """
            [{"id": 1, "name": "Default", "openAccountType": 1, "type": 0, "tradeType": 5, "assets": "USDT"},
             {"id": "2", "name": "Demo", "openAccountType": "0", "type": "1", "tradeType": "1", "assets": "USDT,BTC"}]
            """;

        var list = JsonSerializer.Deserialize(json, ManagerJsonContext.Default.IReadOnlyListCustomerGroup);

        Assert.Equal(2, list!.Count);
        Assert.Equal(CustomerGroupType.Real, list[0].Type);
        Assert.Equal(TradeType.Spot, list[0].TradeType);
        Assert.Equal(2L, list[1].Id);
        Assert.Equal(0, list[1].OpenAccountType);
        Assert.Equal(CustomerGroupType.Demo, list[1].Type);
        Assert.Equal(TradeType.ContractCross, list[1].TradeType);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("[]")]
    public void Deserialize_EmptyForms_ReadEmptyList(string json) =>
        Assert.Empty(JsonSerializer.Deserialize(json, ManagerJsonContext.Default.IReadOnlyListCustomerGroup)!);

    [Fact]
    public void Deserialize_UnknownCodes_KeepsValues()
    {
        var g = JsonSerializer.Deserialize("""{"type": 7, "tradeType": 9}""", ManagerJsonContext.Default.CustomerGroup);

        Assert.Equal((CustomerGroupType)7, g!.Type);
        Assert.Equal((TradeType)9, g.TradeType);
    }
}

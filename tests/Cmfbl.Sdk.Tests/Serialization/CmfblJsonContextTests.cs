using System.Text.Json;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class CmfblJsonContextTests
{
    [Fact]
    public void Options_AreWebDefaultsIgnoringNullsAndReadingNumbersFromStrings()
    {
        var options = CmfblJsonContext.Default.Options;

        Assert.Same(JsonNamingPolicy.CamelCase, options.PropertyNamingPolicy);
        Assert.True(options.PropertyNameCaseInsensitive);
        Assert.Equal(JsonIgnoreCondition.WhenWritingNull, options.DefaultIgnoreCondition);
        Assert.True(options.NumberHandling.HasFlag(JsonNumberHandling.AllowReadingFromString));
    }

    [Fact]
    public void Deserialize_WireNameInOtherCase_IsRead() =>
        Assert.Equal("86000020", JsonSerializer.Deserialize("""{"CustomerNo": "86000020"}""", CmfblJsonContext.Default.CustomerProfile)!.CustomerNo);

    [Fact]
    public void Deserialize_TopLevelAccountListAsSingleObject_ReadsOneItem() =>
        Assert.Equal(7L, Assert.Single(JsonSerializer.Deserialize("""{"accountId": 7}""", CmfblJsonContext.Default.IReadOnlyListTradingAccount)!).AccountId);

    [Fact]
    public void Deserialize_TopLevelGroupListAsSingleObject_ReadsOneItem() =>
        Assert.Equal(7L, Assert.Single(JsonSerializer.Deserialize("""{"id": 7}""", ManagerJsonContext.Default.IReadOnlyListCustomerGroup)!).Id);

    [Fact]
    public void Serialize_NullProperties_AreOmitted() =>
        Assert.Equal("""{"customerNo":"1","tradeType":5}""", JsonSerializer.Serialize(
            new AccountListRequest { CustomerNo = "1", TradeType = TradeType.Spot },
            ManagerJsonContext.Default.AccountListRequest));
}

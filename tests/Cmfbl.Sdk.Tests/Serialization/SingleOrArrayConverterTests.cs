using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class SingleOrArrayConverterTests
{
    // The context's options plus the converter, the way a top-level list is registered.
    private static readonly JsonSerializerOptions Options = new(CmfblJsonContext.Default.Options)
    {
        Converters = { new SingleOrArrayConverter<TradingAccount>() },
    };

    private static IReadOnlyList<TradingAccount>? Read(string json) =>
        JsonSerializer.Deserialize<IReadOnlyList<TradingAccount>>(json, Options);

    [Fact]
    public void Read_Array_ReturnsEveryItem()
    {
        var list = Read("""[{"accountId": 1}, {"accountId": "2"}]""");

        Assert.Equal([1L, 2L], list!.Select(a => a.AccountId!.Value));
    }

    [Fact]
    public void Read_EmptyArray_ReturnsEmptyList() => Assert.Empty(Read("[]")!);

    [Fact]
    public void Read_SingleObject_ReturnsOneItem()
    {
        var list = Read("""{"accountId": 1003496, "currency": "USDT"}""");

        var account = Assert.Single(list!);
        Assert.Equal(1003496L, account.AccountId);
        Assert.Equal("USDT", account.Currency);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ }")]
    [InlineData("null")]
    public void Read_EmptyObjectOrNull_ReturnsEmptyList(string json) => Assert.Empty(Read(json)!);

    [Fact]
    public void Read_ArrayWithNull_SkipsNull()
    {
        var list = Read("""[null, {"accountId": 7}]""");

        Assert.Equal(7L, Assert.Single(list!).AccountId);
    }

    [Fact]
    public void Read_ItemsWithNestedUnknownValues_ReadsEachItemToItsEnd()
    {
        // Each item is read by its converter in one pass; the reader must end on the item's own last token, or the next
        // item would start inside the previous one's unknown members.
        var list = Read("""[{"accountId": 1, "extra": {"a": [1, {"b": null}], "c": "}"}}, {"accountId": 2, "more": [[]]}, {"accountId": 3}]""");

        Assert.Equal([1L, 2L, 3L], list!.Select(a => a.AccountId!.Value));
    }

    [Fact]
    public void Read_EmptyObjectInsideArray_ReturnsEmptyItem()
    {
        var list = Read("[{}]");

        Assert.Null(Assert.Single(list!).AccountId);
    }

    [Fact]
    public void Read_ObjectFollowedBySiblings_LeavesReaderAtNextProperty()
    {
        var profile = JsonSerializer.Deserialize(
            """{"accountList": {}, "customerNo": "86000020", "accountRemark": "x"}""",
            CmfblJsonContext.Default.CustomerProfile);

        Assert.Empty(profile!.AccountList);
        Assert.Equal("86000020", profile.CustomerNo);
        Assert.Equal("x", profile.AccountRemark);
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("[\"a\"]")]
    public void Read_InvalidInput_ThrowsJsonException(string json) => Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void Write_List_WritesArray()
    {
        IReadOnlyList<TradingAccount> list = [new TradingAccount { AccountId = 1 }, new TradingAccount { AccountId = 2 }];

        Assert.Equal("""[{"accountId":1},{"accountId":2}]""", JsonSerializer.Serialize(list, Options));
    }

    [Fact]
    public void Write_EmptyList_WritesEmptyArray() =>
        Assert.Equal("[]", JsonSerializer.Serialize<IReadOnlyList<TradingAccount>>([], Options));
}

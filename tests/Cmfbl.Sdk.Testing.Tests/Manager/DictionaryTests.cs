using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class DictionaryTests : ManagerSdkTest
{
    [Theory]
    [InlineData("phone_code", "+86", 8)]
    [InlineData("register_source", "3", 9)]
    [InlineData("bank_code", "ICBC", 4)]
    [InlineData("Language", "en-US", 3)]
    [InlineData("USDT", "Tron(TRC20)", 2)]
    public async Task GetListByParentCode_KnownCode_ListsItsEntries(string parentCode, string oneCode, int count)
    {
        var entries = await Manager.Dictionaries.GetListByParentCodeAsync(new GetListByParentCodeRequest { ParentCode = parentCode });

        Assert.Equal(count, entries.Count);
        Assert.Contains(entries, e => e.Code == oneCode);
        Assert.All(entries, e => Assert.Equal((parentCode, 1), (e.ParentCode, e.Status)));
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task GetListByParentCode_UnknownCode_IsEmpty()
    {
        Assert.Empty(await Manager.Dictionaries.GetListByParentCodeAsync(new GetListByParentCodeRequest { ParentCode = "no_such_code" }));
    }

    [Fact]
    public async Task GetCountryListByParentCode_MinusOne_ListsEveryCountryWithItsAreaCode()
    {
        var countries = await Manager.Dictionaries.GetCountryListByParentCodeAsync(new GetCountryListByParentCodeRequest { ParentCode = "-1" });

        Assert.Equal(13, countries.Count);
        var china = Assert.Single(countries, c => c.NationalCode == "CN");
        Assert.Equal(("CN", "+86", "China", "-1"), (china.Code, china.CountryCode, china.Name, china.ParentCode));
    }

    [Fact]
    public async Task GetCountryListByParentCode_ACountry_HasNoChildren()
    {
        Assert.Empty(await Manager.Dictionaries.GetCountryListByParentCodeAsync(new GetCountryListByParentCodeRequest { ParentCode = "CN" }));
    }
}

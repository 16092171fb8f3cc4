using System.Globalization;
using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Models;

public class TradingAccountTests
{
    // Business API spec, customer.admin.CustomerAdminApiService.queryAccountList, the response example's data
    // (an array, although the schema says a single QueryAccountVo).
    private const string SpecQueryAccountListData = """
        [
            {
                "netAssets": "47.319290",
                "available": "47.319290",
                "remark": null,
                "type": 1,
                "equity": "47.319290",
                "firstDepositTime": 1646123635909,
                "lockMargin": "0.000000",
                "balance": "47.319290",
                "interest": "0.000000",
                "customerId": 189,
                "liabilities": "0.000000",
                "currency": "USDT",
                "activateStatus": 2,
                "withdrawAmount": "0.000000",
                "profit": "0",
                "tradeType": 1,
                "wholeWarehouseBalance": null,
                "freeMargin": "0",
                "margin": "0",
                "firstWithdrawTime": null,
                "activateTime": 1646123635934,
                "frozen": "0.000000",
                "wholeWarehouseRate": null,
                "accountId": 1003496,
                "openAccountStatus": true,
                "companyId": 1,
                "liabilitiesPrincipal": "0.000000",
                "interestProportion": null,
                "createTime": 1646123590664,
                "lockAmount": "0.000000",
                "marginRadio": null,
                "notWithdrawAmount": "10000000.000000",
                "availableLoan": null,
                "digits": 6,
                "customerNo": "86000188",
                "status": 2,
                "assetsId": 1
            }
        ]
        """;

    private static TradingAccount Read(string json) =>
        JsonSerializer.Deserialize(json, CmfblJsonContext.Default.TradingAccount) ?? throw new InvalidOperationException("null");

    [Fact]
    public void Deserialize_SpecQueryAccountListExample_ReadsEveryField()
    {
        var list = JsonSerializer.Deserialize(SpecQueryAccountListData, CmfblJsonContext.Default.IReadOnlyListTradingAccount);

        var a = Assert.Single(list!);
        Assert.Equal(47.319290m, a.NetAssets);
        Assert.Equal(47.319290m, a.Available);
        Assert.Null(a.Remark);
        Assert.Equal(AccountOwnerType.User, a.OwnerType);
        Assert.Equal(47.319290m, a.Equity);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1646123635909), a.FirstDepositTime);
        Assert.Equal(0.000000m, a.LockMargin);
        Assert.Equal(47.319290m, a.Balance);
        Assert.Equal("47.319290", a.Balance!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0m, a.Interest);
        Assert.Equal(189L, a.CustomerId);
        Assert.Equal(0m, a.Liabilities);
        Assert.Equal("USDT", a.Currency);
        Assert.Equal(AccountStatus.Available, a.ActivateStatus);
        Assert.Equal(0m, a.WithdrawAmount);
        Assert.Equal(0m, a.Profit);
        Assert.Equal(TradeType.ContractCross, a.TradeType);
        Assert.Null(a.WholeWarehouseBalance);
        Assert.Equal(0m, a.FreeMargin);
        Assert.Equal(0m, a.Margin);
        Assert.Null(a.FirstWithdrawTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1646123635934), a.ActivateTime);
        Assert.Equal(0m, a.Frozen);
        Assert.Null(a.WholeWarehouseRate);
        Assert.Equal(1003496L, a.AccountId);
        Assert.True(a.OpenAccountStatus);
        Assert.Equal(1L, a.CompanyId);
        Assert.Equal(0m, a.LiabilitiesPrincipal);
        Assert.Null(a.InterestProportion);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1646123590664), a.CreateTime);
        Assert.Equal(0m, a.LockAmount);
        Assert.Null(a.MarginRatio);
        Assert.Equal(10000000.000000m, a.NotWithdrawAmount);
        Assert.Null(a.AvailableLoan);
        Assert.Equal(6, a.Digits);
        Assert.Equal("86000188", a.CustomerNo);
        Assert.Equal(AccountStatus.Available, a.Status);
        Assert.Equal(1L, a.AssetsId);
        Assert.Null(a.CollateralFrozen);                                  // not in this example
    }

    [Fact]
    public void Deserialize_BalanceAsDecimalString_ReadsExactDecimal()
    {
        var a = Read("""{"balance": "100.50"}""");

        Assert.Equal(100.50m, a.Balance);
        Assert.Equal("100.50", a.Balance!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Deserialize_BalanceAsNumber_ReadsDecimal() => Assert.Equal(100.5m, Read("""{"balance": 100.5}""").Balance);

    [Theory]
    [InlineData("""{"balance": ""}""")]
    [InlineData("""{"balance": null}""")]
    public void Deserialize_BalanceEmptyOrNull_ReadsNull(string json) => Assert.Null(Read(json).Balance);

    [Fact]
    public void Deserialize_NumbersAsStrings_ReadsNumbers()
    {
        var a = Read("""{"accountId": "12", "digits": "6", "createTime": "1661227305000", "tradeType": "5", "status": "2"}""");

        Assert.Equal(12L, a.AccountId);
        Assert.Equal(6, a.Digits);
        Assert.Equal(new DateTimeOffset(2022, 8, 23, 4, 1, 45, TimeSpan.Zero), a.CreateTime);
        Assert.Equal(TradeType.Spot, a.TradeType);
        Assert.Equal(AccountStatus.Available, a.Status);
    }

    [Fact]
    public void Deserialize_ZeroTimestamp_ReadsNull() => Assert.Null(Read("""{"createTime": 0}""").CreateTime);

    [Fact]
    public void Deserialize_StringFieldAsNumber_ReadsText() =>
        Assert.Equal("86000020", Read("""{"customerNo": 86000020}""").CustomerNo);

    [Fact]
    public void Deserialize_UnknownCodes_KeepsValues()
    {
        var a = Read("""{"tradeType": 9, "status": 99, "type": 4}""");

        Assert.Equal((TradeType)9, a.TradeType);
        Assert.Equal((AccountStatus)99, a.Status);
        Assert.Equal((AccountOwnerType)4, a.OwnerType);
    }

    [Fact]
    public void Deserialize_OpenAccountStatusAsString_ReadsBoolean() =>
        Assert.True(Read("""{"openAccountStatus": "true"}""").OpenAccountStatus);

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    public void Deserialize_QueryAccountListEmptyForms_ReadsEmptyList(string json) =>
        Assert.Empty(JsonSerializer.Deserialize(json, CmfblJsonContext.Default.IReadOnlyListTradingAccount)!);

    [Fact]
    public void Deserialize_QueryAccountListAsSingleObject_ReadsOneAccount()
    {
        var list = JsonSerializer.Deserialize("""{"accountId": 1003496, "balance": "47.319290"}""", CmfblJsonContext.Default.IReadOnlyListTradingAccount);

        Assert.Equal(47.319290m, Assert.Single(list!).Balance);
    }
}

using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;
using Cmfbl.Sdk.Streams.Models;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>Every event type of the Manager data push page, with values from its examples, and malformed frames.</summary>
public sealed class ManagerEventReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static TheoryData<string, string, ManagerEventKind, Type> Examples => new()
    {
        { "register", """{"companyId":1,"country":"CN","createTime":1645167068853,"customerGroupId":1,"customerNo":"86000079","ext2":"","ext4":"","id":"80","kycAuditRemark":"Company has not opened KYC certification, directly passed","kycAuditStatus":2,"language":"zh-CN","optional":0,"phone":"18451251563","phoneArea":"+86","email":"","emailArea":"","registerSource":4,"registerType":2,"status":1}""", ManagerEventKind.Register, typeof(CustomerEventData) },
        { "customer_update", """{"birthday":"","companyId":362,"country":"CN","createBy":"admin","createTime":1640077504114,"customerGroupId":1,"customerNo":"86000000","email":"123@163.com","emailArea":"+86","firstOpenAccountTime":1640077504157,"id":"1","kycAuditStatus":2,"language":"zh-CN","loginIp":"210.22.23.4","loginTime":1640242095732,"optional":1,"phone":"15920358625","phoneArea":"+86","revision":0,"status":1,"updateBy":"admin","updateTime":1640242095735}""", ManagerEventKind.CustomerUpdate, typeof(CustomerEventData) },
        { "customer_info_insert", """{"companyId":439,"unitId":13,"country":"HK","registerIp":"1.1.1.1","registerDevice":"XX","utmSource":"xxx","province":"","city":"","address":"","remark":"xx","ext1":"","createBy":"86002812","createTime":1704263677778,"customerInfoId":2813,"customerNo":"86002812","id":"2813","revision":0,"status":1}""", ManagerEventKind.CustomerInfoInsert, typeof(CustomerInfoEventData) },
        { "customer_info_update", """{"companyId":439,"customerInfoId":2813,"customerNo":"86002812","id":"2813","updateBy":"86002812","updateTime":1704263677778,"status":1}""", ManagerEventKind.CustomerInfoUpdate, typeof(CustomerInfoEventData) },
        { "kyc", """{"approval":"admin","approvalTime":1647310823650,"businessCode":"1","companyId":2,"createTime":1647310815202,"customerNo":"86000018","ext1":"KYC_WEB_ADD","ext2":"19","id":"20","levelCode":"level_2","pathCode":"AF","pno":"K556059077701009408","revision":0,"status":2,"updateBy":"admin","updateTime":1647310823650}""", ManagerEventKind.Kyc, typeof(KycEventData) },
        { "open_account", """{"activateStatus":1,"companyId":1,"createTime":1645167254541,"currency":1,"currencyCode":"USDT","customerId":81,"customerNo":"86000080","digits":6,"id":"1001394","status":2,"tradeType":5,"type":1,"updateTime":1645167254541}""", ManagerEventKind.OpenAccount, typeof(AccountEventData) },
        { "account_update", """{"activateStatus":2,"companyId":1,"currency":1,"currencyCode":"USDT","customerId":81,"customerNo":"86000080","digits":6,"id":"1001394","status":2,"tradeType":5,"type":1}""", ManagerEventKind.AccountUpdate, typeof(AccountEventData) },
        { "subject_insert", """{"accountId":1000083,"amount":0,"createTime":1658738398243,"digits":6,"id":"601","type":7,"updateTime":1658738398244,"version":0}""", ManagerEventKind.SubjectInsert, typeof(LedgerSubjectEventData) },
        { "subject_update", """{"accountId":1000083,"amount":1500000,"digits":6,"id":"601","type":1,"version":1}""", ManagerEventKind.SubjectUpdate, typeof(LedgerSubjectEventData) },
        { "subject_water_insert", """{"accountId":1000087,"accountType":1,"amountAfter":11210000000,"amountIn":11210000000,"amountOut":11210000000,"bookkeepId":2022072500115,"businessType":603,"businessType1":60301,"companyId":21,"createTime":1658739568400,"currency":66,"currencyCode":"HKD","customerId":21880,"customerNo":"86000004","digits":5,"id":"0","orderId":10101,"remark":"ryder_test","status":2,"subjectId":667,"subjectType":1,"tradeType":6,"updateTime":1658739568502,"version":0}""", ManagerEventKind.SubjectWaterInsert, typeof(LedgerMovementEventData) },
        { "subject_water_update", """{"accountId":1000087,"amountAfter":11210000000,"digits":5,"id":"0","status":2,"tradeType":6}""", ManagerEventKind.SubjectWaterUpdate, typeof(LedgerMovementEventData) },
        { "position_insert", """{"accountId":1000091,"bizType":2,"closeFee":0,"collatrealFrozen":0,"companyId":21,"contractSize":1,"costPrice":10157,"createBy":1000091,"createTime":1658815815134,"currency":"HKD","currencyDigits":5,"customerGroupId":3,"customerId":21882,"customerNo":"86000006","dealId":423,"direction":1,"id":"2022072600132","openFee":0,"openMargin":0,"openPrice":0,"openVolume":36.0,"orderId":322,"status":1,"symbolDigits":2,"symbolId":179,"tradeModel":1,"tradeType":6,"interest":"0","openTradeAmount":"100","lockNum":"0","crossLevelNum":1,"currentTradeAmount":"100","maintenanceMargin":"10","marginSetType":"1","occupyTheMargin":"100","singleMargin":"10","takeProfit":"0","stopLoss":"0","warningMargin":"0","updateBy":1000091,"updateTime":1658815815136}""", ManagerEventKind.PositionInsert, typeof(PositionEventData) },
        { "position_update", """{"id":"2022072600132","accountId":1000091,"status":3,"openVolume":18.0,"symbolId":179}""", ManagerEventKind.PositionUpdate, typeof(PositionEventData) },
        { "position_delete", """{"id":"2022072600132","companyId":21,"accountId":1000091,"status":2}""", ManagerEventKind.PositionDelete, typeof(PositionEventData) },
        { "trade_deal", """{"accountDigits":4,"accountId":1269478,"bizType":1,"companyId":362,"contractSize":1,"convertExchangeRate":1,"convertFee":9028,"convertFeeDigits":4,"createTime":1689658686940,"customerGroupId":1,"customerId":15115,"customerNo":"86015114","digits":2,"direction":1,"executeMargin":768339,"executeMarginCategoryId":3,"executeNum":0.001,"executePrice":3009452,"executeTime":1689658687260,"fee":9028,"feeDigits":4,"id":"1822307","orderId":1822307,"orderStatus":2,"pointRatio":1,"positionId":2023071846555,"spread":3251,"symbolId":706,"symbolName":"BINAN_BTC_USDT11","tradeType":1,"pnl":1212,"source":"H5","thirdPartyOrder":"","updateTime":1689658687263}""", ManagerEventKind.TradeDeal, typeof(TradeDealEventData) },
        { "deposit", """{"accountId":1000077,"actualAmount":50.000000000,"blockchainName":"","checkStatus":2,"companyId":1,"country":"CN","createBy":"86000000","createTime":1647310213627,"customerNo":"86000000","depositCurrency":"USDT","depositFee":0,"depositFrom":"H5","depositStatus":2,"finalAmount":50.000000000,"fromPaymentAmount":343.500000000,"id":"89","intendAmount":50.000000000,"notifyStatus":false,"paymentChannelClientType":"mobile","paymentCode":"mdpay","paymentCurrency":"CNY","paymentStatus":1,"paymentType":"bank","proposalNo":"D2022031522005","queryMaxCount":20,"revision":3,"toPaymentAmount":343.500000000,"toPaymentRate":6.870000000,"tradeType":5,"updateBy":"admin","updateTime":1647310473479}""", ManagerEventKind.Deposit, typeof(DepositEventData) },
        { "account_adjust", """{"accountCurrency":"HKD","accountId":1006333,"amount":1000000.000000000,"businessType":60301,"checkBy":"admin","checkStatus":2,"companyId":401,"createBy":"admin","createTime":1670815268755,"customerNo":"86001385","id":"212","proposalNo":"A20221212686244","revision":2,"tradeType":6,"updateBy":"admin","updateTime":1670815269000,"withdraw":false}""", ManagerEventKind.AccountAdjust, typeof(AccountAdjustEventData) },
        { "withdraw", """{"id":"212","companyId":401,"proposalNo":"A20221212686244","customerNo":"86001385","accountCurrency":"HKD","withdrawCurrency":"HKD","accountId":1006333,"tradeType":6,"country":"CN","amount":1000000.000000000,"rate":1,"withdrawFee":0,"finalAmount":1000000,"bankName":"","bankCardNo":"","bankAccountName":"","checkStatus":2,"transferStatus":2,"checkBy":"admin","remark":"admin","withdrawType":1,"withdrawCoinStatus":1,"withdrawMethod":"bank","blockchainName":null,"thirdMessage":"admin","txid":null,"rawAmount":0,"createBy":"admin","createTime":1670815268755,"revision":2,"updateBy":"admin","updateTime":1670815269000,"withdraw":false}""", ManagerEventKind.Withdraw, typeof(WithdrawEventData) },
    };

    [Fact]
    public void Examples_CoverEveryEventTypeTheSdkKnows() =>
        Assert.Equal(ManagerEventReader.KnownEventTypes.Order(), Examples.Select(row => (string)row[0]).Order());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Read_DocumentedEvent_IsTypedWithItsModel(string eventType, string data, ManagerEventKind kind, Type model)
    {
        var read = Read($$"""{"data":{{data}},"eventType":"{{eventType}}"}""");

        Assert.Equal(kind, read.Kind);
        Assert.Equal(eventType, read.EventType);
        Assert.Equal(Now, read.ReceivedAt);
        Assert.Equal(typeof(ManagerEvent<>).MakeGenericType(model), read.GetType());
    }

    [Fact]
    public void Read_Register_ReadsTheCustomer()
    {
        var customer = Data<CustomerEventData>("register", """{"companyId":1,"country":"CN","createTime":1645167068853,"customerGroupId":1,"customerNo":"86000079","id":"80","kycAuditStatus":2,"phone":"18451251563","phoneArea":"+86","email":"","registerSource":4,"registerType":2,"status":1}""");

        Assert.Equal(80, customer.Id);
        Assert.Equal("86000079", customer.CustomerNo);
        Assert.Equal(KycAuditStatus.Passed, customer.KycAuditStatus);
        Assert.Equal(RegisterSource.Android, customer.RegisterSource);
        Assert.Equal(CustomerStatus.Normal, customer.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1645167068853), customer.CreateTime);
    }

    [Fact]
    public void Read_TradeDeal_ReadsScaledAmountsExactly()
    {
        var deal = Data<TradeDealEventData>("trade_deal", """{"digits":2,"executePrice":3009452,"executeNum":0.001,"fee":9028,"feeDigits":4,"pnl":1212,"accountDigits":4,"positionId":2023071846555,"orderStatus":2,"symbolName":"BINAN_BTC_USDT11","executeTime":1689658687260}""");

        Assert.Equal(3009452m, deal.ExecutePrice);
        Assert.Equal(0.001m, deal.ExecuteNum);
        Assert.Equal(2023071846555, deal.PositionId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1689658687260), deal.ExecuteTime);
    }

    [Fact]
    public void Read_PositionWithStringNumbersAndNumericCreator_ReadsLeniently()
    {
        var position = Data<PositionEventData>("position_insert", """{"id":"2022072600132","takeProfit":"0","marginSetType":"1","createBy":1000091,"openVolume":36.0,"collatrealFrozen":0,"tradeType":6}""");

        Assert.Equal(2022072600132, position.Id);
        Assert.Equal(1, position.MarginSetType);
        Assert.Equal("1000091", position.CreateBy);
        Assert.Equal(36.0m, position.OpenVolume);
        Assert.Equal(TradeType.Stock, position.TradeType);
    }

    [Fact]
    public void Read_UnknownEventType_KeepsTheDataAsSent()
    {
        var read = Assert.IsType<ManagerEvent<JsonElement>>(Read("""{"eventType":"bonus_granted","data":{"amount":"5"}}"""));

        Assert.Equal(ManagerEventKind.Unknown, read.Kind);
        Assert.Equal("bonus_granted", read.EventType);
        Assert.Equal("5", read.Data.GetProperty("amount").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"data":{"id":1}}""")]
    [InlineData("""{"eventType":"register"}""")]
    [InlineData("""{"eventType":"register","data":null}""")]
    [InlineData("""{"eventType":"register","data":{"id":{"nested":true}}}""")]
    [InlineData("""{"eventType":"trade_deal","data":{"executeTime":"yesterday"}}""")]
    [InlineData("""{"eventType":"register","data":{"id":1}""")]
    public void Read_Malformed_Throws(string frame) => Assert.ThrowsAny<JsonException>(() => Read(frame));

    [Theory]
    [InlineData("""{"eventType":"\ud800","data":{"id":1}}""")]
    [InlineData("""{"eventType":"vip_upgrade","data":"\udc00"}""")]
    [InlineData("""{"eventType":"vip_upgrade","data":{"note":["\ud800"]}}""")]
    public void Read_EscapedLoneSurrogate_ThrowsJsonException(string frame) => Assert.ThrowsAny<JsonException>(() => Read(frame));

    [Theory]
    [InlineData("{\"eventType\":\"reg\u00FFister\",\"data\":{\"id\":1}}")]
    [InlineData("{\"eventType\":\"vip_upgrade\",\"data\":{\"n\u00FF\":1}}")]
    public void Read_InvalidUtf8_ThrowsJsonException(string frame) =>
        Assert.ThrowsAny<JsonException>(() => ManagerEventReader.Read(Latin1(frame), Now));

    /// <summary>The frame's characters as single bytes, so that <c>\u00FF</c> is the byte 0xFF, never valid in UTF-8.</summary>
    internal static byte[] Latin1(string frame) => Encoding.Latin1.GetBytes(frame);

    private static T Data<T>(string eventType, string data)
        where T : notnull =>
        Assert.IsType<ManagerEvent<T>>(Read($$"""{"eventType":"{{eventType}}","data":{{data}}}""")).Data;

    private static ManagerEvent Read(string frame) => ManagerEventReader.Read(Encoding.UTF8.GetBytes(frame), Now);
}

using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class AccountListRequestTests
{
    [Fact]
    public void Serialize_SpecExample_WritesCustomerNoAndNumericTradeType() =>
        Assert.Equal(
            """{"customerNo":"86000020","tradeType":1}""",
            JsonSerializer.Serialize(
                new AccountListRequest { CustomerNo = "86000020", TradeType = TradeType.ContractCross },
                ManagerJsonContext.Default.AccountListRequest));

    [Fact]
    public void Serialize_UnknownTradeType_WritesNumber() =>
        Assert.Contains(
            "\"tradeType\":9",
            JsonSerializer.Serialize(new AccountListRequest { CustomerNo = "1", TradeType = (TradeType)9 }, ManagerJsonContext.Default.AccountListRequest),
            StringComparison.Ordinal);
}

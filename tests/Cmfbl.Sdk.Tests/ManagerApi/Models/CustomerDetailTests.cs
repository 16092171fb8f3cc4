using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Serialization.Internal;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class CustomerDetailTests
{
    // Seed doc 002, "Customer details": the request body, verbatim. (The response is pinned in CustomerProfileTests.)
    private const string SeedDoc002RequestBody = """
        {
          "type": "tradeAccount",
          "id": "{{customerId}}",
          "customerNo": "{{customer}}"
        }
        """;

    [Fact]
    public void Serialize_SeedDoc002Request_MatchesBody()
    {
        var request = new CustomerDetailRequest
        {
            Type = CustomerDetailType.TradeAccount,
            Id = "{{customerId}}",
            CustomerNo = "{{customer}}",
        };

        JsonAssert.Equivalent(SeedDoc002RequestBody, JsonSerializer.Serialize(request, ManagerJsonContext.Default.CustomerDetailRequest));
    }

    [Fact]
    public void Serialize_Type_WritesString()
    {
        var json = JsonSerializer.Serialize(
            new CustomerDetailRequest { Type = CustomerDetailType.TradeAccount, Id = "1176", CustomerNo = "86001175" },
            ManagerJsonContext.Default.CustomerDetailRequest);

        Assert.Equal("""{"type":"tradeAccount","id":"1176","customerNo":"86001175"}""", json);
    }

    [Fact]
    public void Serialize_DefaultType_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(
            new CustomerDetailRequest { Type = default, Id = "1", CustomerNo = "2" },
            ManagerJsonContext.Default.CustomerDetailRequest));
}

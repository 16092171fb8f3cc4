using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class CheckCustomerExistTests
{
    // Seed doc 002, "Check if customer information exists": the request body, verbatim.
    private const string SeedDoc002RequestBody = """
        {
          "type": 2,
          "loginName": "{{mock_phone}}",
          "protocol": "true",
          "emailArea": "+86",
          "phoneArea": "+86"
        }
        """;

    // The same response's data, verbatim.
    private const string SeedDoc002ResponseData = """
        1
        """;

    [Fact]
    public void Serialize_SeedDoc002Request_MatchesBodyWithoutUndocumentedProtocol()
    {
        var request = new CheckCustomerExistRequest
        {
            Type = LoginNameType.Phone,
            LoginName = "{{mock_phone}}",
            EmailArea = "+86",
            PhoneArea = "+86",
        };

        var expected = System.Text.Json.Nodes.JsonNode.Parse(SeedDoc002RequestBody)!.AsObject();
        expected.Remove("protocol");
        JsonAssert.Equivalent(expected.ToJsonString(), JsonSerializer.Serialize(request, CmfblJsonContext.Default.CheckCustomerExistRequest));
    }

    [Fact]
    public void Serialize_OnlyRequiredFields_OmitsAreas() =>
        Assert.Equal(
            """{"type":1,"loginName":"someone@example.com"}""",
            JsonSerializer.Serialize(
                new CheckCustomerExistRequest { Type = LoginNameType.Email, LoginName = "someone@example.com" },
                CmfblJsonContext.Default.CheckCustomerExistRequest));

    [Fact]
    public void Deserialize_SeedDoc002CheckCustomerExistExample_ReadsExists() =>
        Assert.Equal(CustomerExistence.Exists, JsonSerializer.Deserialize(SeedDoc002ResponseData, CmfblJsonContext.Default.CustomerExistence));

    [Theory]
    [InlineData("2", CustomerExistence.DoesNotExist)]
    [InlineData("\"2\"", CustomerExistence.DoesNotExist)]
    [InlineData("\"1\"", CustomerExistence.Exists)]
    [InlineData("3", (CustomerExistence)3)]
    public void Deserialize_OtherForms_ReadsValue(string json, CustomerExistence expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize(json, CmfblJsonContext.Default.CustomerExistence));
}

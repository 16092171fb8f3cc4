using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>The replay's comparison finds a dropped or changed field, and accepts only the documented equivalences.</summary>
public sealed class FieldComparerTests
{
    private static readonly JsonSerializerOptions Json = CmfblJsonResolver.Options;

    [Fact]
    public void Differences_FieldTheModelHasNoPropertyFor_IsReportedAsDropped()
    {
        var differences = RoundTrip<TradingAccount>("""{"accountId": 1003496, "lastBonusId": 7}""");

        Assert.Equal(["$.lastBonusId: TradingAccount has no property for it (the field is dropped)"], differences);
    }

    [Fact]
    public void Differences_NullFieldTheModelHasNoPropertyFor_IsReportedAsDropped()
    {
        var differences = RoundTrip<PagedResult<CustomerRecord>>("""{"records": [{"customerNo": "86000188", "bonusRemark": null}], "total": 1, "pages": 1}""");

        Assert.Equal(
            ["$.records[0].bonusRemark: CustomerRecord has no property for it (the field is dropped)", "$.pages: PagedResult<CustomerRecord> has no property for it (the field is dropped)"],
            differences);
    }

    [Fact]
    public void Differences_EmptyListReadAsAnEmptyPage_IsNone()
    {
        var differences = FieldComparer.Differences(
            JsonNode.Parse("[]"),
            JsonNode.Parse("""{"records": [], "total": 0, "current": 1, "size": 20}"""),
            typeof(PagedResult<CustomerRecord>),
            Json);

        Assert.Empty(differences);
    }

    [Fact]
    public void Differences_EmptyListWrittenAsAValue_IsReported()
    {
        var differences = FieldComparer.Differences(JsonNode.Parse("""{"records": []}"""), JsonNode.Parse("""{"records": "none"}"""), null, Json);

        Assert.Equal(["$.records: expected an array of 0, the SDK wrote \"none\""], differences);
    }

    [Fact]
    public void Differences_ValueLeftOutOrChanged_IsReported()
    {
        var differences = FieldComparer.Differences(
            JsonNode.Parse("""{"accountId": 5, "balance": "47.319290", "currency": "USDT"}"""),
            JsonNode.Parse("""{"balance": 47.31928, "currency": "USDC"}"""),
            typeof(TradingAccount),
            Json);

        Assert.Equal(
            ["$.accountId: expected 5, the SDK left it out", "$.balance: expected \"47.319290\", the SDK wrote 47.31928", "$.currency: expected \"USDT\", the SDK wrote \"USDC\""],
            differences);
    }

    [Fact]
    public void Differences_ListShorterThanTheExample_IsReported()
    {
        var differences = FieldComparer.Differences(JsonNode.Parse("""[{"accountId": 1}, {"accountId": 2}]"""), JsonNode.Parse("""[{"accountId": 1}]"""), typeof(IReadOnlyList<TradingAccount>), Json);

        Assert.Equal(["$: expected 2 item(s), the SDK wrote 1"], differences);
    }

    [Theory]
    [InlineData("""{"balance": "47.319290"}""", """{"balance": 47.31929}""")] // a decimal string written as a number, scale aside
    [InlineData("""{"accountId": "1003496"}""", """{"accountId": 1003496}""")] // "1" and 1
    [InlineData("""{"openAccountStatus": 1}""", """{"openAccountStatus": true}""")] // a 0/1 flag read as a boolean
    [InlineData("""{"openAccountStatus": "true"}""", """{"openAccountStatus": true}""")]
    [InlineData("""{"status": ""}""", """{"status": 0}""")] // "" read into a code as its default
    [InlineData("""{"status": ""}""", """{}""")] // "" read as no value
    [InlineData("""{"firstDepositTime": 0}""", """{}""")] // a zero time is no time
    [InlineData("""{"remark": null}""", """{}""")] // null carries nothing (the property exists)
    [InlineData("""{"remark": {}}""", """{}""")] // neither does {}
    public void Differences_DocumentedEquivalence_IsAccepted(string expected, string written)
    {
        Assert.Empty(FieldComparer.Differences(JsonNode.Parse(expected), JsonNode.Parse(written), typeof(TradingAccount), Json));
    }

    [Fact]
    public void Differences_OneObjectReadAsAListOfOne_IsAccepted()
    {
        Assert.Empty(FieldComparer.Differences(JsonNode.Parse("""{"accountId": 1}"""), JsonNode.Parse("""[{"accountId": 1}]"""), typeof(IReadOnlyList<TradingAccount>), Json));
    }

    [Fact]
    public void Differences_MapReadAsTheListOfItsValues_ComparesEveryValue()
    {
        var differences = FieldComparer.Differences(
            JsonNode.Parse("""{"SAND": {"currency": "SAND", "digits": 6}, "USDT": {"currency": "USDT", "digits": 4}}"""),
            JsonNode.Parse("""[{"currency": "SAND", "digits": 6}, {"currency": "USDT", "digits": 2}]"""),
            typeof(IReadOnlyList<TradingAccount>),
            Json);

        Assert.Equal(["$.USDT.digits: expected 4, the SDK wrote 2"], differences);
    }

    private static IReadOnlyList<string> RoundTrip<T>(string example)
    {
        var read = JsonSerializer.Deserialize<T>(example, Json);
        return FieldComparer.Differences(JsonNode.Parse(example), JsonSerializer.SerializeToNode(read, Json), typeof(T), Json);
    }
}

using System.Text.Json.Nodes;
using Cmfbl.Sdk.Generator.Model;
using Cmfbl.Sdk.Generator.Overlay;
using Cmfbl.Sdk.Generator.Vendor;

namespace Cmfbl.Sdk.Generator.Tests;

/// <summary>The model rules the spec-example replay asked for (docs/generator.md: Shapes, Types), on the real specs and on small schemas.</summary>
public sealed class ModelRulesTests
{
    [Fact]
    public async Task RecursiveComponent_IsOneSelfReferencingModel()
    {
        var client = await ClientAsync();

        var country = client.Models.Single(static m => m.Name == "CountryDict");

        Assert.Equal("IReadOnlyList<CountryDict>", country.Properties.Single(static p => p.VendorName == "childs").Type);
    }

    [Fact]
    public async Task ComponentOfTwoOperations_HoldsTheFieldsOfBothExamples()
    {
        var client = await ClientAsync();

        var fund = client.Models.Single(static m => m.Name == "FindFundPageRecord");

        Assert.Contains(fund.Properties, static p => p.VendorName == "marketPrice"); // only findFundPageWithRealTimeInfo's example shows it
        Assert.Contains(fund.Properties, static p => p.VendorName == "fundName");
    }

    [Fact]
    public async Task VoidAnswer_ReturnsNothing()
    {
        var client = await ClientAsync();

        var deduct = client.Operations.Single(static op => op.Vendor.BizType == "fund.app.FundManagementFeesAppDubboService.deduct");

        Assert.Equal(AnswerShape.None, deduct.Answer);
    }

    [Fact]
    public async Task MapSchema_IsAReadOnlyDictionaryOfItsValues()
    {
        var client = await ClientAsync();

        var premium = client.Models.Single(static m => m.Name == "GetEquityPremiumRateResult");

        Assert.Equal("IReadOnlyDictionary<string, PremiumRate>", premium.Properties.Single(static p => p.VendorName == "accountInfoMap").Type);
        Assert.DoesNotContain(client.Models, static m => m.Name.StartsWith("GetEquityPremiumRateResultAccountInfoMap", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_MapExample_CompletesTheValuesNotTheKeys()
    {
        var map = new VendorSchema { Type = "object", AdditionalProperties = Object(("accountId", new VendorSchema { Type = "integer" })) };

        var merged = ExampleSchemas.Merge(map, JsonNode.Parse("""{"BTC": {"accountId": 1, "weight": "1.2%"}, "ETH": {"accountId": 2}}"""))!;

        Assert.True(merged.IsMap);
        Assert.Equal(["accountId", "weight"], merged.AdditionalProperties!.Properties.Select(static p => p.Name));
    }

    [Fact]
    public void Merge_FieldDescribedAsAnObjectButShownAsAList_IsAListOfThatObject()
    {
        var schema = Object(("total", Object(("date", new VendorSchema { Type = "string" })) with { Description = "Records" }));

        var merged = ExampleSchemas.Merge(schema, JsonNode.Parse("""{"total": [{"date": "2023-01", "count": 2}]}"""))!;

        var field = merged.Properties.Single().Schema;
        Assert.Equal("array", field.Type);
        Assert.Equal(["date", "count"], field.Items!.Properties.Select(static p => p.Name));
    }

    [Fact]
    public void Merge_WholeAnswerDescribedAsAnObjectButShownAsAList_KeepsTheSchema()
    {
        var schema = Object(("balance", new VendorSchema { Type = "string" }));

        var merged = ExampleSchemas.Merge(schema, JsonNode.Parse("""[{"code": "USDC_WETH"}]"""))!;

        Assert.True(merged.IsObject); // the example may be another operation's: answer.shape decides (overlay)
    }

    [Fact]
    public void Reshape_ListOverAPage_IsTheListOfItsRecordsCompletedByTheExample()
    {
        var page = Object(("records", new VendorSchema { Type = "array", Items = Object(("id", new VendorSchema { Type = "integer" })) }), ("total", new VendorSchema { Type = "integer" }));

        var list = ExampleSchemas.Reshape(page, JsonNode.Parse("""[{"id": 3, "last4": "8396"}]"""), "list")!;

        Assert.Equal("array", list.Type);
        Assert.Equal(["id", "last4"], list.Items!.Properties.Select(static p => p.Name));
    }

    [Fact]
    public void Reshape_ModelOverAScalar_IsTheExamplesObject()
    {
        var model = ExampleSchemas.Reshape(new VendorSchema { Type = "boolean" }, JsonNode.Parse("""{"secret": "RAUW2G2W", "id": 41}"""), "model")!;

        Assert.True(model.IsObject);
        Assert.Equal(["secret", "id"], model.Properties.Select(static p => p.Name));
    }

    [Fact]
    public async Task ModelCorrection_ThatCorrectsNothing_FailsTheRun()
    {
        var common = OverlayReader.Read<CommonOverlay>(Repository.Path("spec/overlay/common.yaml"));
        var overlay = OverlayReader.Read<FamilyOverlay>(Repository.Path("spec/overlay/client.yaml"));
        overlay.Models["NoSuchModel"] = new ModelOverlay();
        overlay.Models["CountryDict"] = new ModelOverlay { Fields = { ["noSuchField"] = new FieldOverlay { Type = "string", Reason = "test" } } };
        var vendor = await SpecReader.ReadAsync(Repository.Path("spec/vendor/" + overlay.Spec));

        var failure = Assert.Throws<InvalidOperationException>(() => Resolver.Resolve(overlay, common, "client.yaml", vendor, static _ => false, new HashSet<string>()));

        Assert.Contains("models.NoSuchModel names no model", failure.Message, StringComparison.Ordinal);
        Assert.Contains("models.CountryDict.fields.noSuchField is not a field of CountryDict", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<ApiFamily> ClientAsync() =>
        (await GeneratorRun.LoadAsync(Repository.Root)).Families.Single(static f => f.Name == "Client");

    private static VendorSchema Object(params (string Name, VendorSchema Schema)[] properties) => new() { Type = "object", Properties = properties };
}

using System.Net;
using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Cmfbl.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Cmfbl.Sdk.AspNetCore.Tests.TestSupport.SettlementWire;

namespace Cmfbl.Sdk.AspNetCore.Tests.Settlement;

/// <summary>
/// Every example of the vendor's Webhook spec (spec/vendor/webhook-api.openapi.json). Its request examples are copied
/// from another API (<c>tradeType, accountId, sortType…</c>) and carry none of the required fields: the receiver must
/// refuse them with HTTP 400 naming each missing field. Its response examples contradict the schema (snake_case data,
/// numeric-looking codes): the fake platform must still read them. Our own replies must match the response schema.
/// </summary>
public sealed class WebhookSpecExampleTests : IAsyncLifetime
{
    private static readonly JsonElement Spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "webhook-api.openapi.json"))).RootElement;
    private readonly Ledger _ledger = new();
    private ReceiverHost _host = null!;

    public static TheoryData<string> Paths() => new(Spec.GetProperty("paths").EnumerateObject().Select(p => p.Name));

    public async Task InitializeAsync() => _host = await SettlementFixture.StartAsync(_ledger);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Spec_HasTheThreeEndpointsTheReceiverMaps()
    {
        Assert.Equal(["/get-user-amount", "/external-system-credit-limit-adjustment", "/cancel-external-system-credit-limit-adjustment"], Spec.GetProperty("paths").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task RequestExample_LacksTheRequiredFields_IsRefusedWith400NamingEachOne(string path)
    {
        var operation = Operation(path);
        var content = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        var example = content.TryGetProperty("example", out var e) ? e.GetRawText() : "{}";
        var required = content.GetProperty("schema").GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToArray();

        var reply = await PostRawAsync(_host.Client, Prefix + path.TrimStart('/'), Encoding.UTF8.GetBytes(example), "t-example");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        var message = reply.Envelope.GetProperty("msg").GetString()!;
        Assert.All(required, field => Assert.Contains("missing " + field, message, StringComparison.Ordinal));
        Assert.Empty(_ledger.Adjustments);
        Assert.Empty(_ledger.Queries);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task OurSuccessReply_HasEveryPropertyOfTheResponseSchema_WithItsType(string path)
    {
        var schema = Operation(path).GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var body = path switch
        {
            "/get-user-amount" => BalanceBody(),
            "/external-system-credit-limit-adjustment" => AdjustBody("R-schema"),
            _ => CancelBody("C-schema", "R-schema"),
        };
        if (path.StartsWith("/cancel", StringComparison.Ordinal))
        {
            await PostAsync(_host.Client, AdjustPath, AdjustBody("R-schema"));
        }

        var reply = await PostAsync(_host.Client, Prefix + path.TrimStart('/'), body);

        Assert.Equal("0", reply.Code);
        AssertMatches(schema, reply.Envelope, "reply");
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ResponseExample_IsReadByTheFakePlatform_AsTheVendorWroteIt(string path)
    {
        var example = Operation(path).GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .GetProperty("examples").EnumerateObject().Single().Value.GetProperty("value");
        await using var stub = await ReceiverHost.StartAsync(_ => { }, app => app.MapPost("/stub/{name}", () => Results.Text(example.GetRawText(), "application/json")));
        using var platform = new FakeSettlementPlatform(FakeSettlementPlatformOptions.ForReceiver(new Uri(stub.BaseAddress, "stub/"), CompanyId));

        var exchange = path switch
        {
            "/get-user-amount" => await platform.QueryBalanceAsync("u", "86000001", "HKD"),
            "/external-system-credit-limit-adjustment" => await platform.SendAdjustmentAsync(new FakeAdjustment()),
            _ => (await platform.CancelAsync(new FakeAdjustment(), "C-1"))[0],
        };

        Assert.Equal(example.GetProperty("code").GetString(), exchange.Code);
        Assert.Equal(example.GetProperty("msg").GetString(), exchange.Message);
        Assert.Equal(example.GetProperty("trace").GetString(), exchange.EchoedTrace);
        Assert.Equal(example.GetProperty("data").GetRawText(), exchange.DataJson);
        Assert.False(exchange.Succeeded);
        if (path == "/get-user-amount")
        {
            using var data = JsonDocument.Parse(exchange.DataJson!);
            Assert.Equal("42.1098", data.RootElement.GetProperty("amount").GetString());
            Assert.Equal(4, data.RootElement.GetProperty("amount_digits").GetInt32());
        }
    }

    private static JsonElement Operation(string path) => Spec.GetProperty("paths").GetProperty(path).GetProperty("post");

    private static void AssertMatches(JsonElement schema, JsonElement value, string where)
    {
        var kind = schema.TryGetProperty("type", out var type) ? type.GetString() : null;
        switch (kind)
        {
            case "object":
                Assert.True(value.ValueKind == JsonValueKind.Object, $"{where} should be an object, is {value.ValueKind}");
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        Assert.True(value.TryGetProperty(property.Name, out var member), $"{where}.{property.Name} is missing");
                        if (member.ValueKind != JsonValueKind.Null)
                        {
                            AssertMatches(property.Value, member, where + "." + property.Name);
                        }
                    }
                }

                break;
            case "string":
                Assert.True(value.ValueKind == JsonValueKind.String, $"{where} should be a string, is {value.ValueKind}");
                break;
            case "integer" or "number":
                Assert.True(value.ValueKind == JsonValueKind.Number, $"{where} should be a number, is {value.ValueKind}");
                break;
            case "boolean":
                Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{where} should be a boolean, is {value.ValueKind}");
                break;
        }
    }
}

using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

/// <summary>
/// A scaled price goes on the wire as the string of its integer and comes back as the integer the service sent, with
/// the SDK's own JSON options (so the optional form's converter is the one registered on the SDK's context).
/// </summary>
public class ScaledPriceJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new(CmfblJsonContext.Default.Options) { TypeInfoResolver = ScaledPriceTestJsonContext.Default };

    [Fact]
    public void Write_WritesTheScaledIntegerAsAString_AndLeavesOutNull()
    {
        var fields = new ScaledPriceFields { RequestPrice = ScaledPrice.From(1.23456m, 5), StopLoss = ScaledPrice.From(1.2m, 5) };

        Assert.Equal("""{"requestPrice":"123456","stopLoss":"120000"}""", JsonSerializer.Serialize(fields, Options));
    }

    [Fact]
    public void Write_NeverAFloat_ForLargeAndSmallValues()
    {
        var fields = new ScaledPriceFields
        {
            RequestPrice = ScaledPrice.FromScaled(long.MaxValue, 18),
            StopLoss = ScaledPrice.From(0.000000000000000001m, 18),
            TakeProfit = ScaledPrice.From(0m, 2),
        };

        Assert.Equal("""{"requestPrice":"9223372036854775807","stopLoss":"1","takeProfit":"0"}""", JsonSerializer.Serialize(fields, Options));
    }

    [Theory]
    [InlineData("""{"requestPrice":123456}""")]
    [InlineData("""{"requestPrice":"123456"}""")]
    [InlineData("""{"requestPrice":" 123456 "}""")]
    [InlineData("""{"requestPrice":123456.00}""")] // a whole value written with a fraction
    [InlineData("""{"requestPrice":"123456.0"}""")]
    [InlineData("""{"requestPrice":"\u0031\u0032\u0033\u0034\u0035\u0036"}""")] // escaped digits
    public void Read_IntegerOrIntegerString_KeepsTheRawIntegerWithDigitsUnknown(string json)
    {
        var fields = JsonSerializer.Deserialize<ScaledPriceFields>(json, Options)!;

        Assert.Equal(ScaledPrice.FromScaled(123456), fields.RequestPrice);
        Assert.Null(fields.RequestPrice.Digits);
        Assert.Equal(1.23456m, fields.RequestPrice.ToDecimal(5));
    }

    [Theory]
    [InlineData("""{"stopLoss":null}""")]
    [InlineData("""{"stopLoss":""}""")]
    [InlineData("""{"stopLoss":"-"}""")] // queryHistoryCloseOrderList: "Display as '-' if not set"
    [InlineData("""{}""")]
    public void Read_OptionalNotSet_IsNull(string json) =>
        Assert.Null(JsonSerializer.Deserialize<ScaledPriceFields>(json, Options)!.StopLoss);

    [Fact]
    public void Read_OptionalZero_IsZero_TheVendorsNotSet()
    {
        var fields = JsonSerializer.Deserialize<ScaledPriceFields>("""{"stopLoss":"0","takeProfit":0}""", Options)!;

        Assert.Equal(ScaledPrice.FromScaled(0), fields.StopLoss);
        Assert.Equal(ScaledPrice.FromScaled(0), fields.TakeProfit);
    }

    [Fact]
    public void Read_Negative_KeepsWhatTheServiceSent()
    {
        var fields = JsonSerializer.Deserialize<ScaledPriceFields>("""{"stopLoss":"-5"}""", Options)!;

        Assert.Equal(-5L, fields.StopLoss!.Value.Scaled);
        Assert.Equal(-0.05m, fields.StopLoss.Value.ToDecimal(2));
    }

    [Theory]
    [InlineData("""{"requestPrice":"1.5"}""")]
    [InlineData("""{"requestPrice":1.5}""")]
    [InlineData("""{"requestPrice":"abc"}""")]
    [InlineData("""{"requestPrice":"-"}""")] // "-" means "not set" only where the value is optional
    [InlineData("""{"requestPrice":""}""")]
    [InlineData("""{"requestPrice":true}""")]
    [InlineData("""{"requestPrice":{}}""")]
    [InlineData("""{"requestPrice":9223372036854775808}""")]
    [InlineData("""{"stopLoss":"1.5"}""")]
    [InlineData("""{"stopLoss":1e30}""")]
    public void Read_NotAWholeSixtyFourBitInteger_ThrowsJsonException(string json)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScaledPriceFields>(json, Options));

        Assert.NotNull(exception.Path);
    }

    [Fact]
    public void Read_ThenWrite_SendsBackTheSameIntegers()
    {
        const string Answer = """{"requestPrice":"2225","stopLoss":"2100","takeProfit":"2400"}""";

        var fields = JsonSerializer.Deserialize<ScaledPriceFields>(Answer, Options)!;

        Assert.Equal(Answer, JsonSerializer.Serialize(fields, Options));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(123456L)]
    [InlineData(long.MaxValue)]
    public void RoundTrip_ThroughJson_KeepsTheValue(long scaled)
    {
        var fields = new ScaledPriceFields { RequestPrice = ScaledPrice.FromScaled(scaled, 5), TakeProfit = ScaledPrice.FromScaled(scaled) };

        var back = JsonSerializer.Deserialize<ScaledPriceFields>(JsonSerializer.Serialize(fields, Options), Options)!;

        Assert.Equal(fields.RequestPrice.WithDigits(5), back.RequestPrice.WithDigits(5));
        Assert.Equal(fields.TakeProfit, back.TakeProfit);
    }

    [Fact]
    public void Write_DefaultValue_WritesZero()
    {
        // default(ScaledPrice) is the integer 0 with digits unknown: the vendor's "not set" for a stop-loss.
        Assert.Equal("""{"requestPrice":"0"}""", JsonSerializer.Serialize(new ScaledPriceFields(), Options));
    }
}

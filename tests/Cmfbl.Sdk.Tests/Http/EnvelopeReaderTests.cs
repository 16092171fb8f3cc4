using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>
/// The envelope reader finds the end of <c>data</c> with a bracket scan instead of a validating tokenizer. On every
/// body it must agree with the validating reader: same verdict, same byte ranges.
/// </summary>
public sealed class EnvelopeReaderTests
{
    public static TheoryData<string> Bodies =>
    [
        """{"code":"0","msg":"Success","data":{"current":1,"records":[{"a":"}]{[\"","b":[[],{}]}]},"trace":"t-1"}""",
        """{"data":[1,2,{"x":"y"}],"code":0,"bizCode":"","msgParams":null}""",
        """  {  "code" : "0" ,  "data" : "86021976" , "tm" : 236026513 , "ok" : true , "fail" : false }  """,
        "{\r\n\t\"code\":\"GATEWAY_CODE_005\",\r\n\t\"msg\":\"login expired\",\r\n\t\"data\":\"customer.admin.x\"\r\n}",
        """{"code":"0","data":"with \"quotes\" and \\ and } ] { [","msgParams":["a","b"]}""",
        """{"code":"0","data":{"s":"\u007d\\\"}"},"msg":"\u00e9"}""",
        """{"code":"0","data":null}""",
        """{"code":"0","data":{}}""",
        """{"code":"0","data":[]}""",
        """{"code":"0"}""",
        """{"msg":"no code","data":{}}""",
        """{}""",
        """[]""",
        """ "text" """,
        """<html><body>502 Bad Gateway</body></html>""",
        "",
        """{"code":"0","data":{"a":1}""",
        """{"code":"0","data":{"a":"unterminated}}""",
        """{"code":"0","data":{"a":1}},""",
        """{"code":"0" "data":1}""",
        """{"code":"0","data":1,}""",
        """{"code":0x,"data":1}""",
        """{"code":tru,"data":1}""",
        """{"code":"\q","data":1}""",
        """{"code":"0","msg":"bad escape \x","data":1}""",
        """{"code":"0","data":"bad escape \x"}""",
        """{"\u0063ode":"0","data":{"a":1}}""",
        """{"co\"de":"0","code":"E00003","data":null}""",
        """{"code":"1","code":"0","data":2}""",
        """{"code":"0","data":1}trailing""",
        """{"code":-1.5e3,"data":true}""",
        """{"code":"0","data":{"a":1}} """,
        """{"code":"0","data":123""",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void TryRead_AgreesWithTheValidatingReader(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);

        var read = EnvelopeReader.TryRead(body, out var fast);
        var validated = EnvelopeReader.TryReadValidating(body, out var slow);

        Assert.Equal(validated, read);
        if (read)
        {
            Assert.Equal(slow.Code, fast.Code);
            Assert.Equal(slow.Msg, fast.Msg);
            Assert.Equal(slow.BizCode, fast.BizCode);
            Assert.Equal(slow.MsgParams, fast.MsgParams);
            Assert.Equal(slow.Trace, fast.Trace);
            Assert.Equal(slow.Data, fast.Data);
        }
    }

    [Fact]
    public void TryRead_EveryTruncationOfAnAnswer_IsNotAnEnvelope()
    {
        var body = Encoding.UTF8.GetBytes(
            """{"code":"0","msg":"Success","data":{"current":1,"records":[{"a":"}]{[\"","b":[[],{}]}]},"trace":"t-1"}""");

        for (var length = 0; length < body.Length; length++)
        {
            Assert.False(EnvelopeReader.TryRead(body.AsSpan(0, length), out _), $"cut at {length}: {Encoding.UTF8.GetString(body, 0, length)}");
        }

        Assert.True(EnvelopeReader.TryRead(body, out _));
    }

    [Fact]
    public void TryRead_MalformedInsideData_LeavesItToTheModelRead()
    {
        // The scan checks brackets and strings only; what is inside data is validated when it is read as the model.
        var body = """{"code":"0","data":{"records":[1,,]},"trace":"t"}"""u8.ToArray();

        Assert.True(EnvelopeReader.TryRead(body, out var envelope));
        Assert.Equal(JsonTokenType.StartObject, envelope.Data.TokenType);
        Assert.Equal("""{"records":[1,,]}""", Encoding.UTF8.GetString(body.AsSpan(envelope.Data.Start, envelope.Data.Length)));
    }
}

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>Builds gateway envelopes for stub answers.</summary>
public static class Envelope
{
    public static string Success(string dataJson, string trace = "t-echo") =>
        $$"""{"msg":"Success","fail":false,"trace":"{{trace}}","code":"0","data":{{dataJson}},"bizCode":"","tm":3,"msgParams":null,"ok":true}""";

    public static string Error(string code, string bizCode = "G", string msg = "error", string data = "null", string trace = "t-echo") =>
        $$"""{"msg":"{{msg}}","fail":true,"trace":"{{trace}}","code":"{{code}}","data":{{data}},"bizCode":"{{bizCode}}","tm":3,"msgParams":null,"ok":false}""";
}

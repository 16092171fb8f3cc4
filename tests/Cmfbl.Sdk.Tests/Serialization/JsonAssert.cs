using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Tests.Serialization;

/// <summary>Compares JSON texts by structure (property order and white space do not matter).</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actualNode),
            $"JSON differs.{Environment.NewLine}Expected: {expectedNode?.ToJsonString()}{Environment.NewLine}Actual:   {actualNode?.ToJsonString()}");
    }
}

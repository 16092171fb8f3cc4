using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Tests.TestSupport;

public static class JsonAssert
{
    /// <summary>Asserts two JSON texts are the same document (property order ignored).</summary>
    public static void Equivalent(string expected, string actual)
    {
        var equal = JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual));
        Assert.True(equal, $"Expected JSON {expected}{Environment.NewLine}Actual JSON   {actual}");
    }
}

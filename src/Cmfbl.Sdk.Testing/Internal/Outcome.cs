using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>What an operation produced: the <c>data</c> of a success envelope, or an error.</summary>
internal readonly record struct Outcome(JsonNode? Data, FakeError? Error)
{
    public static Outcome Ok(JsonNode? data) => new(data, null);

    public static Outcome Fail(FakeError error) => new(null, error);

    public static implicit operator Outcome(FakeError error) => Fail(error);
}

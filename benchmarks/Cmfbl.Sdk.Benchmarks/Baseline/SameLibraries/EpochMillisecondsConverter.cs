using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>Unix milliseconds as a time; the vendor's <c>0</c> ("never") as <see langword="null"/>.</summary>
public sealed class EpochMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.GetInt64() is var milliseconds and not 0
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value?.ToUnixTimeMilliseconds() ?? 0);
}

using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>Parses a JSON number or numeric string token into any numeric type, invariant culture.</summary>
internal static class NumberText
{
    private const NumberStyles Styles = NumberStyles.Float;

    public static bool TryRead<T>(ref Utf8JsonReader reader, out T value)
        where T : struct, INumber<T>
    {
        if (reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
        {
            value = default;
            return false;
        }

        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            var text = reader.TokenType == JsonTokenType.String
                ? reader.GetString()
                : System.Text.Encoding.UTF8.GetString(reader.ValueSequence.ToArray());
            return T.TryParse(text?.Trim(), Styles, CultureInfo.InvariantCulture, out value);
        }

        return T.TryParse(reader.ValueSpan.Trim(" "u8), Styles, CultureInfo.InvariantCulture, out value);
    }
}

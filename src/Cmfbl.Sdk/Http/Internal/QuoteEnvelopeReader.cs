using System.Text.Json;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Reads the quote service's answer <c>{ret, msg, trace, data}</c> into the byte ranges of an <see cref="Envelope"/>
/// (<c>ret</c> in <see cref="Envelope.Code"/>), so the rest of the pipeline handles it like the gateway envelope.
/// Success is <c>ret</c> 200 (the spec's examples, and the quote service's protocol); 0 is read as success too.
/// </summary>
internal static class QuoteEnvelopeReader
{
    /// <summary>Reads <paramref name="body"/>; false when it is not a complete JSON object with a <c>ret</c>.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out Envelope envelope)
    {
        envelope = default;
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                ref var slot = ref reader.ValueTextEquals("ret"u8) ? ref envelope.Code
                    : ref reader.ValueTextEquals("msg"u8) ? ref envelope.Msg
                    : ref reader.ValueTextEquals("trace"u8) ? ref envelope.Trace
                    : ref reader.ValueTextEquals("data"u8) ? ref envelope.Data
                    : ref envelope.Ignored;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var type = reader.TokenType;
                reader.Skip();
                slot = new JsonSlice(start, (int)reader.BytesConsumed - start, type);
            }

            return reader.TokenType == JsonTokenType.EndObject && envelope.Code.IsPresent;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether <c>ret</c> says the call succeeded: the number (or numeric string) 200, or 0.</summary>
    public static bool IsSuccess(in Envelope envelope, ReadOnlySpan<byte> body)
    {
        var ret = envelope.Code;
        if (ret.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
        {
            return false;
        }

        var text = body.Slice(ret.Start, ret.Length).Trim((byte)'"');
        return text.SequenceEqual("200"u8) || text.SequenceEqual("0"u8);
    }
}

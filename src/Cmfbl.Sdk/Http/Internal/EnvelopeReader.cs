using System.Text.Json;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Reads the gateway envelope <c>{code, msg, bizCode, msgParams, trace, tm, data, ok, fail}</c> in one pass over the
/// bytes. It keeps only the byte ranges of the fields; strings are made only for an error. Success is
/// <c>code == "0"</c>, whether the code is a string or a number.
/// </summary>
/// <remarks>
/// The envelope's own fields are small and validated with <see cref="Utf8JsonReader"/>; the end of an object or array
/// value (the <c>data</c> of a page: kilobytes) is found with a vectorized scan for quotes and brackets
/// (<see cref="JsonValueScanner"/>) instead of a validating tokenizer, because the model read that follows validates
/// those bytes anyway (measured on a 20-record page: 13.6 µs for <c>Utf8JsonReader.Skip</c>). An envelope whose keys
/// use escapes is read by the validating reader alone.
/// </remarks>
internal static class EnvelopeReader
{
    /// <summary>Reads <paramref name="body"/>; false when it is not a JSON object with a <c>code</c> (not an envelope).</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out Envelope envelope) =>
        JsonValueScanner.TryReadTopLevel(body, out envelope) switch
        {
            JsonValueScanner.Result.Read => envelope.Code.IsPresent,
            JsonValueScanner.Result.NeedsValidatingReader => TryReadValidating(body, out envelope),
            _ => false,
        };

    /// <summary>The validating reader: every token of the body through <see cref="Utf8JsonReader"/>.</summary>
    internal static bool TryReadValidating(ReadOnlySpan<byte> body, out Envelope envelope)
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
                ref var slot = ref SlotFor(ref envelope, ref reader);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var type = reader.TokenType;
                reader.Skip();
                slot = new JsonSlice(start, (int)reader.BytesConsumed - start, type);
            }

            // A complete envelope ends with the closing brace of the object; anything else means the body was cut short.
            return reader.TokenType == JsonTokenType.EndObject && envelope.Code.IsPresent;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static ref JsonSlice SlotFor(ref Envelope envelope, scoped ReadOnlySpan<byte> key)
    {
        if (key.SequenceEqual("code"u8))
        {
            return ref envelope.Code;
        }

        if (key.SequenceEqual("data"u8))
        {
            return ref envelope.Data;
        }

        if (key.SequenceEqual("msg"u8))
        {
            return ref envelope.Msg;
        }

        if (key.SequenceEqual("bizCode"u8))
        {
            return ref envelope.BizCode;
        }

        if (key.SequenceEqual("msgParams"u8))
        {
            return ref envelope.MsgParams;
        }

        if (key.SequenceEqual("trace"u8))
        {
            return ref envelope.Trace;
        }

        return ref envelope.Ignored;
    }

    private static ref JsonSlice SlotFor(ref Envelope envelope, ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return ref SlotFor(ref envelope, reader.ValueSpan);
        }

        // An escaped key ("\u0063ode"): compare its unescaped text, never longer than the escaped one. A key of more
        // than 64 escaped bytes is no envelope field.
        if (reader.ValueSpan.Length > 64)
        {
            return ref envelope.Ignored;
        }

        Span<byte> key = stackalloc byte[64];
        var written = reader.CopyString(key);
        return ref SlotFor(ref envelope, key[..written]);
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Reads the gateway envelope <c>{code, msg, bizCode, msgParams, trace, tm, data, ok, fail}</c> in one pass over the
/// bytes with <see cref="Utf8JsonReader"/>. It keeps only the byte ranges of the fields; strings are made only for an
/// error. Success is <c>code == "0"</c>, whether the code is a string or a number.
/// </summary>
internal static class EnvelopeReader
{
    /// <summary>Reads <paramref name="body"/>; false when it is not a JSON object with one <c>code</c> (and at most one <c>data</c>): not an envelope.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out Envelope envelope) =>
        TryRead(body, stopAtModelData: null, out envelope, out _);

    /// <summary>
    /// Reads <paramref name="body"/>. With <paramref name="stopAtModelData"/>, when <c>code</c> is <c>"0"</c> and comes
    /// before a <c>data</c> value that starts with that token (an object for a model or a page, an array for a list), it stops there and says where in <paramref name="modelData"/>: the model
    /// read that follows (<see cref="OnePassModel"/>) resumes the reading there, reads the data exactly
    /// once and checks the rest of the envelope. Otherwise the whole body is read and validated.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> body, JsonTokenType? stopAtModelData, out Envelope envelope, out EnvelopeResume? modelData)
    {
        envelope = default;
        modelData = null;
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
                if (slot.IsPresent && (Unsafe.AreSame(ref slot, ref envelope.Code) || Unsafe.AreSame(ref slot, ref envelope.Data)))
                {
                    // A second code or data contradicts the first: which one the service meant cannot be known.
                    return false;
                }

                var atData = stopAtModelData is not null && Unsafe.AreSame(ref slot, ref envelope.Data);
                var resume = atData ? new EnvelopeResume((int)reader.BytesConsumed, reader.CurrentState) : default;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var type = reader.TokenType;
                if (atData && type == stopAtModelData && envelope.Code.IsSuccessCode(body))
                {
                    slot = new JsonSlice(start, body.Length - start, type);
                    modelData = resume;
                    return true;
                }

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

    private static ref JsonSlice SlotFor(ref Envelope envelope, ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("code"u8))
        {
            return ref envelope.Code;
        }

        if (reader.ValueTextEquals("data"u8))
        {
            return ref envelope.Data;
        }

        if (reader.ValueTextEquals("msg"u8))
        {
            return ref envelope.Msg;
        }

        if (reader.ValueTextEquals("bizCode"u8))
        {
            return ref envelope.BizCode;
        }

        if (reader.ValueTextEquals("msgParams"u8))
        {
            return ref envelope.MsgParams;
        }

        if (reader.ValueTextEquals("trace"u8))
        {
            return ref envelope.Trace;
        }

        return ref envelope.Ignored;
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The content handed to Refit for a successful envelope, checked against what the operation answers with: no method
/// gets <see langword="null"/> through a non-nullable return type (a missing list reads as empty, a missing page or
/// <c>[]</c> as an empty page, anything else missing is a protocol error), and a text answer must be text.
/// </summary>
internal static class EnvelopeData
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeHeaderValue Text = new("text/plain") { CharSet = "utf-8" };

    public static HttpContent Content(PooledBody body, JsonSlice data, CmfblErrorContext context, OperationDescriptor operation)
    {
        // "" where a model, list, page, number or boolean belongs is the vendor's way of sending nothing: read as no data (an empty list
        // or page, nothing for a nullable answer, a protocol error otherwise), never handed on as text that reads as null.
        if (!data.IsPresent || data.TokenType == JsonTokenType.Null
            || (data.TokenType == JsonTokenType.String && data.Length == 2 && operation.Answer is AnswerShape.Model or AnswerShape.List or AnswerShape.Page or AnswerShape.Scalar))
        {
            return operation.Answer switch
            {
                AnswerShape.List => Bytes("[]"u8.ToArray(), Json),
                AnswerShape.Page => Bytes("{}"u8.ToArray(), Json),
                AnswerShape.None => Bytes([], Text),
                _ when operation.AnswerNullable => Bytes([], Text),
                _ => throw ErrorFactory.NoData(context),
            };
        }

        if (operation.Answer == AnswerShape.Model && operation.AnswerNullable && operation.AnswerAcceptsBoolean && data.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            // An older form of a model answer that only confirms (applyCard's true): no model.
            return Bytes([], Text);
        }

        var value = body.Span.Slice(data.Start, data.Length);
        if (operation.Answer == AnswerShape.Page && data.TokenType == JsonTokenType.StartArray && IsEmptyArray(value))
        {
            // A page the vendor sent as [] when there is nothing (queryOrderPage's example): an empty page.
            return Bytes("{}"u8.ToArray(), Json);
        }

        if (operation.Answer == AnswerShape.Text && data.TokenType == JsonTokenType.StartObject && operation.AnswerNullable && IsEmptyObject(value))
        {
            // An open-ended text answer the vendor's examples send as {}: nothing.
            return Bytes([], Text);
        }

        if (operation.Answer == AnswerShape.Text)
        {
            return TextAnswer(value, data.TokenType, context, operation);
        }

        if (operation.Answer == AnswerShape.List && data.TokenType == JsonTokenType.StartObject)
        {
            // A list the vendor sent as {} (empty) or as one object (a list of one).
            return Bytes(IsEmptyObject(value) ? "[]"u8.ToArray() : [(byte)'[', .. value, (byte)']'], Json);
        }

        if (operation.Answer == AnswerShape.Scalar && operation.Model is { } scalar && data.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
        {
            // A number or a boolean is read here, from the answer's bytes, into the value the method returns.
            return new ModelContent(OnePassModel.ReadValue(value, scalar, context));
        }

        if (data.TokenType == JsonTokenType.String)
        {
            // A JSON string is handed over unescaped: the unquoted text of a number still parses ("1" -> 1).
            return Bytes(Unescape(value, context), Text);
        }

        return body.Detach(data.Start, data.Length, Json);
    }

    /// <summary>Text: a JSON string (unescaped) or a number (its digits); for identifiers, digits only.</summary>
    private static ByteArrayContent TextAnswer(ReadOnlySpan<byte> value, JsonTokenType type, CmfblErrorContext context, OperationDescriptor operation)
    {
        var text = type switch
        {
            JsonTokenType.String => Unescape(value, context),
            JsonTokenType.Number => value.ToArray(),
            JsonTokenType.True or JsonTokenType.False when operation.AnswerAcceptsBoolean => [],
            _ => throw ErrorFactory.WrongData(context, "text"),
        };
        if (operation.AnswerDigits && (text.Length == 0 || text.AsSpan().ContainsAnyExceptInRange((byte)'0', (byte)'9')))
        {
            throw ErrorFactory.WrongData(context, "an identifier made of digits (a number or a string of digits)");
        }

        return Bytes(text, Text);
    }

    private static byte[] Unescape(ReadOnlySpan<byte> value, CmfblErrorContext context)
    {
        var reader = new Utf8JsonReader(value);
        reader.Read();
        var text = new byte[reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length];
        try
        {
            var written = reader.CopyString(text);
            return written == text.Length ? text : text[..written];
        }
        catch (InvalidOperationException exception)
        {
            throw ErrorFactory.DataShape(context, exception);
        }
    }

    private static bool IsEmptyObject(ReadOnlySpan<byte> value)
    {
        var reader = new Utf8JsonReader(value);
        return reader.Read() && reader.Read() && reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool IsEmptyArray(ReadOnlySpan<byte> value)
    {
        var reader = new Utf8JsonReader(value);
        return reader.Read() && reader.Read() && reader.TokenType == JsonTokenType.EndArray;
    }

    private static ByteArrayContent Bytes(byte[] bytes, MediaTypeHeaderValue type) => new(bytes) { Headers = { ContentType = type } };
}

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Walks the top level of a JSON object and finds where each value ends, without tokenizing the inside of objects and
/// arrays: a vectorized search for quotes and brackets, with escapes honoured inside strings. The envelope's own
/// fields are then checked with <see cref="Utf8JsonReader"/> (<see cref="IsValid"/>); the inside of <c>data</c> is
/// validated by the model read that follows.
/// </summary>
internal static class JsonValueScanner
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(",}] \t\r\n"u8);

    /// <summary>The outcome of <see cref="TryReadTopLevel"/>.</summary>
    internal enum Result
    {
        /// <summary>Not a complete JSON object, or a field of the envelope is not valid JSON.</summary>
        NotAnObject,

        /// <summary>Read; the envelope holds the byte ranges.</summary>
        Read,

        /// <summary>A key uses escapes; the validating reader must decide.</summary>
        NeedsValidatingReader,
    }

    /// <summary>Reads the top-level object of <paramref name="body"/> into the envelope's slots.</summary>
    public static Result TryReadTopLevel(ReadOnlySpan<byte> body, out Envelope envelope)
    {
        envelope = default;
        var i = SkipWhitespace(body, 0);
        if (i >= body.Length || body[i] != (byte)'{')
        {
            return Result.NotAnObject;
        }

        i = SkipWhitespace(body, i + 1);
        if (i < body.Length && body[i] == (byte)'}')
        {
            return Result.Read;
        }

        while (i < body.Length && body[i] == (byte)'"')
        {
            var keyEnd = StringEndAt(body, i);
            if (keyEnd < 0)
            {
                return Result.NotAnObject;
            }

            var key = body[(i + 1)..(keyEnd - 1)];
            if (key.Contains((byte)'\\'))
            {
                return Result.NeedsValidatingReader;
            }

            i = SkipWhitespace(body, keyEnd);
            if (i >= body.Length || body[i] != (byte)':')
            {
                return Result.NotAnObject;
            }

            var start = SkipWhitespace(body, i + 1);
            var end = ValueEndAt(body, start, out var tokenType);
            if (end < 0)
            {
                return Result.NotAnObject;
            }

            ref var slot = ref EnvelopeReader.SlotFor(ref envelope, key);
            var value = new JsonSlice(start, end - start, tokenType);
            if (!Unsafe.AreSame(ref slot, ref envelope.Ignored) && !IsValid(body, value))
            {
                return Result.NotAnObject;
            }

            slot = value;
            i = SkipWhitespace(body, end);
            if (i < body.Length && body[i] == (byte)',')
            {
                i = SkipWhitespace(body, i + 1);
                continue;
            }

            return i < body.Length && body[i] == (byte)'}' ? Result.Read : Result.NotAnObject;
        }

        return Result.NotAnObject;
    }

    /// <summary>
    /// Whether an envelope field is valid JSON: scalars and strings through <see cref="Utf8JsonReader"/> (they are
    /// small), objects and arrays by their brackets only (their reader validates them).
    /// </summary>
    private static bool IsValid(ReadOnlySpan<byte> body, JsonSlice value)
    {
        if (value.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            return true;
        }

        try
        {
            var reader = new Utf8JsonReader(body.Slice(value.Start, value.Length));
            return reader.Read() && reader.TokenType == value.TokenType && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The index just past the value starting at <paramref name="start"/>, or -1 when it does not end.</summary>
    private static int ValueEndAt(ReadOnlySpan<byte> body, int start, out JsonTokenType tokenType)
    {
        tokenType = JsonTokenType.None;
        if (start >= body.Length)
        {
            return -1;
        }

        switch (body[start])
        {
            case (byte)'"':
                tokenType = JsonTokenType.String;
                return StringEndAt(body, start);
            case (byte)'{':
                tokenType = JsonTokenType.StartObject;
                return CompositeEndAt(body, start);
            case (byte)'[':
                tokenType = JsonTokenType.StartArray;
                return CompositeEndAt(body, start);
        }

        tokenType = body[start] switch
        {
            (byte)'t' => JsonTokenType.True,
            (byte)'f' => JsonTokenType.False,
            (byte)'n' => JsonTokenType.Null,
            _ => JsonTokenType.Number,
        };
        var length = body[start..].IndexOfAny(ScalarEnd);
        return length switch
        {
            0 => -1,
            < 0 => -1, // a scalar running to the end of the body: the object never closes
            _ => start + length,
        };
    }

    /// <summary>The index just past the closing quote of the string opening at <paramref name="start"/>, or -1.</summary>
    private static int StringEndAt(ReadOnlySpan<byte> body, int start)
    {
        var i = start + 1;
        while (i < body.Length)
        {
            var next = body[i..].IndexOfAny(StringEnd);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (body[i] == (byte)'"')
            {
                return i + 1;
            }

            i += 2; // a backslash and the character it escapes
        }

        return -1;
    }

    /// <summary>The index just past the bracket that closes the object or array opening at <paramref name="start"/>, or -1.</summary>
    private static int CompositeEndAt(ReadOnlySpan<byte> body, int start)
    {
        var depth = 0;
        var i = start;
        while (i < body.Length)
        {
            var next = body[i..].IndexOfAny(Structural);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            switch (body[i])
            {
                case (byte)'"':
                    i = StringEndAt(body, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    continue;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                default:
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }

            i++;
        }

        return -1;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> body, int i)
    {
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }
}

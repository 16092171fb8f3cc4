using System.Buffers.Text;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>Walks the comma-separated values of one group, trimming spaces.</summary>
internal ref struct PushFields
{
    private ReadOnlySpan<byte> _rest;
    private bool _done;

    public PushFields(ReadOnlySpan<byte> group)
    {
        _rest = group;
        Count = group.Count((byte)',') + 1;
    }

    public int Count { get; }

    public bool Long(out long value)
    {
        var field = Next();
        return Utf8Parser.TryParse(field, out value, out var consumed) && consumed == field.Length && field.Length > 0;
    }

    public bool Int(out int value)
    {
        var field = Next();
        return Utf8Parser.TryParse(field, out value, out var consumed) && consumed == field.Length && field.Length > 0;
    }

    public bool Decimal(out decimal value) => DecimalText.TryParse(Next(), out value);

    /// <summary>Reads a decimal that may be left empty or sent as <c>--</c> (null); false only for text that is not a number.</summary>
    public bool OptionalDecimal(out decimal? value)
    {
        var field = Next();
        if (field.IsEmpty || field.SequenceEqual("--"u8) || field.SequenceEqual("null"u8))
        {
            value = null;
            return true;
        }

        var parsed = DecimalText.TryParse(field, out var number);
        value = parsed ? number : null;
        return parsed;
    }

    /// <summary>Reads an integer that may be left empty (null); false only for text that is not a number.</summary>
    public bool OptionalInt(out int? value)
    {
        var field = Next();
        if (field.IsEmpty || field.SequenceEqual("--"u8))
        {
            value = null;
            return true;
        }

        var parsed = Utf8Parser.TryParse(field, out int number, out var consumed) && consumed == field.Length;
        value = parsed ? number : null;
        return parsed;
    }

    private ReadOnlySpan<byte> Next()
    {
        if (_done)
        {
            return default;
        }

        var comma = _rest.IndexOf((byte)',');
        ReadOnlySpan<byte> field;
        if (comma < 0)
        {
            field = _rest;
            _done = true;
        }
        else
        {
            field = _rest[..comma];
            _rest = _rest[(comma + 1)..];
        }

        return field.Trim((byte)' ');
    }
}

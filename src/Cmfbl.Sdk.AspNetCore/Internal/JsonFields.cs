using System.Globalization;
using System.Text.Json;

namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>
/// Reads the fields of a JSON object body tolerantly (numbers may come as strings and strings as numbers; <c>null</c>
/// means absent) and collects every problem, so one reply names all of them. Values are never copied into a problem.
/// </summary>
internal sealed class JsonFields(JsonElement root)
{
    private readonly List<string> _problems = [];

    /// <summary>Gets whether every read so far succeeded.</summary>
    public bool IsValid => _problems.Count == 0;

    /// <summary>Gets the problems, joined for a reply or a log line, e.g. <c>missing userName; orderId must be an integer</c>.</summary>
    public string Problems => string.Join("; ", _problems);

    /// <summary>Parses <paramref name="body"/> as a JSON object; returns <see langword="null"/> and the reason when it is not one.</summary>
    public static JsonDocument? Parse(byte[] body, out string? problem)
    {
        try
        {
            var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                problem = null;
                return document;
            }

            document.Dispose();
            problem = "the body is not a JSON object";
        }
        catch (JsonException)
        {
            problem = "the body is not valid JSON";
        }
        catch (ArgumentException)
        {
            problem = "the body is not valid UTF-8 JSON";
        }

        return null;
    }

    /// <summary>Reads a string (a number is read as its text).</summary>
    public string? String(string name, bool required, int maxLength = int.MaxValue)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        string? text;
        try
        {
            text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }
        catch (InvalidOperationException)
        {
            text = null;
        }

        if (text is null)
        {
            return Fail<string>($"{name} must be a string");
        }

        if (required && text.Length == 0)
        {
            return Fail<string>($"missing {name}");
        }

        return text.Length > maxLength ? Fail<string>($"{name} is longer than {maxLength} characters") : text;
    }

    /// <summary>Reads a whole number (a string of digits is accepted).</summary>
    public long? Int64(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && TryString(value) is { } text
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        Fail<string>($"{name} must be an integer");
        return null;
    }

    /// <summary>Reads a whole number that fits an <see cref="int"/>.</summary>
    public int? Int32(string name, bool required)
    {
        var number = Int64(name, required);
        if (number is null)
        {
            return null;
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            Fail<string>($"{name} is out of range");
            return null;
        }

        return (int)number.Value;
    }

    /// <summary>Reads a decimal amount from a string or a number, keeping every digit.</summary>
    public decimal? Decimal(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => TryString(value),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is not null && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        Fail<string>($"{name} must be a decimal number");
        return null;
    }

    /// <summary>Adds a problem found by the caller.</summary>
    public void Problem(string problem) => _problems.Add(problem);

    private static string? TryString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        if (root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            _problems.Add($"missing {name}");
        }

        return false;
    }

    private T? Fail<T>(string problem)
        where T : class
    {
        _problems.Add(problem);
        return null;
    }
}

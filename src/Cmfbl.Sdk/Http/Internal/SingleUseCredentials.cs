using System.Text.Json;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>Finds single-use codes (a verification code, a Google code) in a request body before it is sent.</summary>
internal static class SingleUseCredentials
{
    /// <summary>Gets whether the JSON body has any of <paramref name="fields"/> at its top level with a non-empty value.</summary>
    public static async ValueTask<bool> AnyAsync(HttpContent? content, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return false;
        }

        var body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Any(body, fields);
    }

    private static bool Any(ReadOnlySpan<byte> body, IReadOnlyList<string> fields)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var named = false;
                foreach (var field in fields)
                {
                    named |= reader.ValueTextEquals(field);
                }

                reader.Read();
                if (named && reader.TokenType is not (JsonTokenType.Null or JsonTokenType.StartObject or JsonTokenType.StartArray) && reader.ValueSpan.Length > 0)
                {
                    return true;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A body the SDK wrote is JSON; anything else carries no code to protect.
        }

        return false;
    }
}

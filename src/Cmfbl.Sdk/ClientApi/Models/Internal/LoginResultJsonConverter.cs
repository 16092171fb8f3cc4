using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models.Internal;

/// <summary>
/// Reads the flat login answer as <see cref="LoginResult"/>: the profile from the object itself (unknown members such as
/// <c>token</c> are ignored by the profile), and the two tokens from the same object, without a document in between.
/// </summary>
internal sealed class LoginResultJsonConverter : JsonConverter<LoginResult>
{
    public override LoginResult? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected the login answer object, found {reader.TokenType}.");
        }

        var profileReader = reader;
        var profile = JsonSerializer.Deserialize(ref profileReader, (JsonTypeInfo<CustomerProfile>)options.GetTypeInfo(typeof(CustomerProfile)))!;
        string? token = null;
        string? rToken = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isToken = reader.ValueTextEquals("token"u8);
            var isRToken = !isToken && reader.ValueTextEquals("rToken"u8);
            reader.Read();
            if (isToken && reader.TokenType == JsonTokenType.String)
            {
                token = reader.GetString();
            }
            else if (isRToken && reader.TokenType == JsonTokenType.String)
            {
                rToken = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return string.IsNullOrEmpty(token)
            ? throw new JsonException("The login answer carries no token.")
            : new LoginResult { Token = token, RToken = rToken, Profile = profile };
    }

    public override void Write(Utf8JsonWriter writer, LoginResult value, JsonSerializerOptions options) =>
        throw new NotSupportedException("A login result is only read.");
}

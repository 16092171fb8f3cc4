using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>A typed answer written back with the SDK's JSON context, to compare with the <c>data</c> it was read from.</summary>
internal static class AnswerJson
{
    /// <summary>
    /// The answer as JSON, and the type that says which fields it has (null: compare the values only). A
    /// <see cref="LoginResult"/> is read by a converter that only reads (the data is the customer's profile with
    /// <c>token</c> and <c>rToken</c> beside it), so it is written back the same way: the profile, plus the two tokens.
    /// </summary>
    public static (JsonNode? Json, Type? Type) Write(object? answer, Type type, JsonSerializerOptions options)
    {
        if (answer is LoginResult login)
        {
            var json = JsonSerializer.SerializeToNode(login.Profile, options)!.AsObject();
            json["token"] = login.Token;
            json["rToken"] = login.RToken;
            return (json, null);
        }

        return (answer is null ? null : JsonSerializer.SerializeToNode(answer, type, options), type);
    }
}

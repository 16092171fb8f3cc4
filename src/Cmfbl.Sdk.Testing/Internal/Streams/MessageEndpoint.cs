using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>
/// The message push (<c>/openapi-c/openMsg/{appId}</c>): <c>login</c> with a Client token, <c>subscribe_asset</c>
/// answered <c>subscribe_success</c> (or <c>subscribe_fail</c> when the token is not valid or a refusal is queued),
/// <c>cancel_subscribe_asset</c>, <c>ping</c>. A <c>subscribe_asset</c> taken by <see cref="StreamHub.TakeIgnored"/> is
/// neither applied nor answered. Messages the test sends go to the sockets logged in as the customer.
/// </summary>
internal static class MessageEndpoint
{
    public static Task HandleAsync(StreamHub hub, HttpContext context) =>
        hub.RunAsync(context, FakeStreamChannel.Messages, opened: null, (socket, text) => AnswerAsync(hub, socket, text));

    /// <summary>Sends <c>{msgCode, timestamp, trace, seqId, content}</c> to the customer's logged-in sockets; returns how many.</summary>
    public static int Send(StreamHub hub, long customerId, string msgCode, JsonNode? content)
    {
        var frame = Frame(hub, msgCode, content);
        return hub.Broadcast(FakeStreamChannel.Messages, frame, s => s.CustomerId == customerId);
    }

    private static async Task AnswerAsync(StreamHub hub, FakeSocket socket, string text)
    {
        JsonObject request;
        try
        {
            request = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return;
        }

        var msgType = (string?)request["head"]?["msgType"];
        var token = (string?)request["head"]?["token"];
        var tradeTypes = ((string?)request["data"]?["tradeTypes"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var type) ? type : 0);
        switch (msgType)
        {
            case "login":
                socket.CustomerId = token is null ? null : hub.Backend.Tokens.Find(token, TokenKind.Client)?.CustomerId;
                break;
            case "subscribe_asset" when hub.TakeIgnored(FakeStreamChannel.Messages):
                break;
            case "subscribe_asset":
                var valid = !hub.TakeRefusal(FakeStreamChannel.Messages) && socket.CustomerId is not null
                    && token is not null && hub.Backend.Tokens.Find(token, TokenKind.Client) is not null;
                if (valid)
                {
                    socket.AssetTypes.UnionWith(tradeTypes);
                }

                await socket.SendTextAsync(Frame(hub, valid ? "subscribe_success" : "subscribe_fail", null), hub.Stopping).ConfigureAwait(false);
                break;
            case "cancel_subscribe_asset":
                socket.AssetTypes.ExceptWith(tradeTypes);
                break;
        }
    }

    private static string Frame(StreamHub hub, string msgCode, JsonNode? content) => new JsonObject
    {
        ["msgCode"] = msgCode,
        ["timestamp"] = hub.Time.GetUtcNow().ToUnixTimeMilliseconds(),
        ["trace"] = "fake-" + Guid.NewGuid().ToString("N"),
        ["seqId"] = 0,
        ["content"] = content?.DeepClone(),
    }.ToJsonString();
}

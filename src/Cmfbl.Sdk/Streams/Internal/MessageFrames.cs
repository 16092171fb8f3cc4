using System.Buffers;
using System.Text.Json;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Writes the message socket's requests:
/// <c>{"head":{"msgType":…,"token":…,"sendTime":…,"lang":…},"data":{…},"device":1,"seqId":…,"trace":…}</c>.
/// The token goes in every frame, as the vendor's examples show; these bytes are never logged.
/// </summary>
internal static class MessageFrames
{
    public const string Login = "login";
    public const string Ping = "ping";
    public const string SubscribeAsset = "subscribe_asset";
    public const string CancelSubscribeAsset = "cancel_subscribe_asset";

    public static byte[] Build(string msgType, string token, long sendTime, string language, int device, long seqId, string trace, string? tradeTypes = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("head"u8);
            writer.WriteString("msgType"u8, msgType);
            writer.WriteString("token"u8, token);
            writer.WriteNumber("sendTime"u8, sendTime);
            writer.WriteString("lang"u8, language);
            writer.WriteEndObject();
            if (tradeTypes is not null)
            {
                writer.WriteStartObject("data"u8);
                writer.WriteString("tradeTypes"u8, tradeTypes);
                writer.WriteEndObject();
            }

            writer.WriteNumber("device"u8, device);
            writer.WriteNumber("seqId"u8, seqId);
            writer.WriteString("trace"u8, trace);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

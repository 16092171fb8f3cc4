using System.Globalization;
using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;
using Cmfbl.Sdk.Streams.Models;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Reads the message socket's JSON frames <c>{msgCode, timestamp, trace, seqId, content}</c> into events; the answers
/// to <c>subscribe_asset</c> (<c>subscribe_success</c>, <c>subscribe_fail</c>) come back as an acknowledgement
/// instead. Throws <see cref="JsonException"/> for a frame that is not that shape.
/// </summary>
internal static class MessageFrameReader
{
    public const string SubscribeSuccess = "subscribe_success";
    public const string SubscribeFail = "subscribe_fail";

    public static MessageFrame Read(ReadOnlySpan<byte> json, DateTimeOffset receivedAt)
    {
        StreamJson.EnsureUtf8(json);
        var root = StreamJson.Element(json);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The frame is not a JSON object.");
        }

        var msgCode = Text(root, "msgCode") ?? throw new JsonException("The frame has no msgCode.");
        var trace = Text(root, "trace");
        var timestamp = Long(root, "timestamp") is { } ms and > 0
            ? UnixTime.FromMilliseconds(ms)
            : (DateTimeOffset?)null;
        var content = root.TryGetProperty("content", out var value) ? value : default;
        MessageEvent message = msgCode switch
        {
            SubscribeSuccess or SubscribeFail => new UnknownMessage { MsgCode = msgCode },
            "trade" => Trade(content),
            "notice" => Notice(content),
            "disconnect" or "UserForceLogoutRet" => new SessionEndedMessage { MsgCode = msgCode },
            _ => new UnknownMessage { MsgCode = msgCode, Content = content },
        };
        message = message with { Trace = trace, Timestamp = timestamp, ReceivedAt = receivedAt };
        return msgCode is SubscribeSuccess or SubscribeFail ? new MessageFrame(null, msgCode) : new MessageFrame(message, null);
    }

    private static TradeMessage Trade(JsonElement content)
    {
        if (content.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A trade message has no content object.");
        }

        var bizType = Text(content, "bizType");
        var fill = content.TryGetProperty("paramMap", out var parameters) && parameters.ValueKind == JsonValueKind.Object
            ? parameters.Deserialize(CmfblJsonContext.Default.TradeFill) ?? new TradeFill()
            : new TradeFill();
        return new TradeMessage
        {
            Kind = bizType switch
            {
                "POSITION_OPEN" => TradeMessageKind.PositionOpened,
                "POSITION_CLOSE" => TradeMessageKind.PositionClosed,
                "ME_POSITION_LIMIT_OPEN" => TradeMessageKind.LimitOpened,
                "ME_POSITION_LIMIT_CLOSE" => TradeMessageKind.LimitClosed,
                "POSITION_OPEN_FAIL" => TradeMessageKind.PositionOpenFailed,
                "ME_POSITION_LIMIT_FAIL" => TradeMessageKind.LimitFailed,
                _ => TradeMessageKind.Unknown,
            },
            BizType = bizType,
            AccountId = Long(content, "accountId"),
            CustomerId = Long(content, "customerId"),
            CompanyId = Long(content, "companyId"),
            TradeType = Long(content, "tradeType") is { } tradeType ? (TradeType)tradeType : null,
            Fill = fill,
        };
    }

    private static NoticeMessage Notice(JsonElement content)
    {
        if (content.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A notice has no content object.");
        }

        return new NoticeMessage
        {
            TradeType = Long(content, "tradeType") is { } tradeType ? (TradeType)tradeType : null,
            UpdateType = (NoticeUpdateType)(Long(content, "updateType") ?? 0),
            Show = Long(content, "show") == 1,
            BizType = Text(content, "bizType"),
            Content = content,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static long? Long(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            JsonValueKind.String when value.GetString() is "" => null,
            JsonValueKind.Null => null,
            _ => throw new JsonException($"{name} is not a number."),
        };
    }
}

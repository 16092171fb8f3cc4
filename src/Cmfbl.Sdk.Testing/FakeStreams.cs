using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Streams;

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// The fake's three push channels (WebSockets on the same port): the market, the Manager event log, customers'
/// messages, and the stream faults: refuse the next tokens, leave the next subscriptions unanswered, stall, drop the
/// connections, send any frame.
/// </summary>
/// <example>
/// <code>
/// server.Streams.Market.SetQuote(1, 65010.00m, 65010.50m);
/// server.Streams.DropConnections(FakeStreamChannel.Quotes);     // the client reconnects and resubscribes
/// server.Streams.SendText(FakeStreamChannel.Quotes, "p(1,1,oops);");  // a malformed frame
/// </code>
/// </example>
public sealed class FakeStreams
{
    private readonly StreamHub _hub;

    internal FakeStreams(StreamHub hub)
    {
        _hub = hub;
        Market = new FakeMarket(hub.Market);
    }

    /// <summary>Gets the market: set quotes and push trades.</summary>
    public FakeMarket Market { get; }

    /// <summary>Gets a snapshot of every text frame clients sent on the three channels, oldest first.</summary>
    public IReadOnlyList<FakeStreamFrame> ReceivedFrames => _hub.Frames();

    /// <summary>Empties <see cref="ReceivedFrames"/>.</summary>
    public void ClearReceivedFrames() => _hub.ClearFrames();

    /// <summary>Returns how many connections of <paramref name="channel"/> are open.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The number of open connections.</returns>
    public int ConnectionCount(FakeStreamChannel channel) => _hub.Sockets(channel).Count;

    /// <summary>
    /// Adds an event to the Manager data push: every connected group gets it now, a group that is offline gets it
    /// when it reconnects, a group that connects for the first time later does not. Registering a customer on the fake
    /// publishes <c>register</c> and <c>open_account</c> on its own.
    /// </summary>
    /// <param name="eventType">The <c>eventType</c>, for example <c>trade_deal</c>.</param>
    /// <param name="dataJson">The <c>data</c> object as JSON.</param>
    /// <exception cref="ArgumentException">The event type is empty, or the data is not JSON.</exception>
    public void PublishManagerEvent(string eventType, string dataJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentNullException.ThrowIfNull(dataJson);
        _hub.Events.Publish(eventType, Parse(dataJson, nameof(dataJson)));
    }

    /// <summary>
    /// Sends a message-push frame <c>{msgCode, timestamp, trace, seqId, content}</c> to the message connections logged
    /// in as the customer (for example <c>trade</c> or <c>notice</c>).
    /// </summary>
    /// <param name="customerNo">The customer number.</param>
    /// <param name="msgCode">The <c>msgCode</c>.</param>
    /// <param name="contentJson">The <c>content</c> object as JSON.</param>
    /// <returns>How many connections it was sent to.</returns>
    /// <exception cref="ArgumentException">The customer is unknown, or the content is not JSON.</exception>
    public int SendMessage(string customerNo, string msgCode, string contentJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerNo);
        ArgumentException.ThrowIfNullOrEmpty(msgCode);
        ArgumentNullException.ThrowIfNull(contentJson);
        var customer = _hub.Backend.Customers.FindByNo(customerNo) ?? throw new ArgumentException($"The fake has no customer {customerNo}.", nameof(customerNo));
        return MessageEndpoint.Send(_hub, customer.Id, msgCode, Parse(contentJson, nameof(contentJson)));
    }

    /// <summary>Sends any text frame (a push, or something malformed) to every open connection of <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="text">The frame.</param>
    /// <returns>How many connections it was sent to (0 while the channel is stalled).</returns>
    public int SendText(FakeStreamChannel channel, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _hub.Broadcast(channel, text);
    }

    /// <summary>Drops every open connection of <paramref name="channel"/> at once (no close handshake), as a network failure would.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>How many connections were dropped.</returns>
    public int DropConnections(FakeStreamChannel channel) => _hub.Drop(channel);

    /// <summary>
    /// Stalls (or resumes) <paramref name="channel"/>: while stalled, its connections are neither read nor written —
    /// no heartbeat answers, no pushes, no WebSocket pongs — so clients see a silent socket.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="stalled"><see langword="true"/> to stall, <see langword="false"/> to resume.</param>
    public void StallHeartbeats(FakeStreamChannel channel, bool stalled = true) => _hub.Stall(channel, stalled);

    /// <summary>
    /// Refuses the next <paramref name="count"/> tokens on <paramref name="channel"/>, even valid ones: quotes and
    /// Manager events answer the handshake with HTTP 401; messages answer <c>subscribe_asset</c> with <c>subscribe_fail</c>.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="count">How many to refuse. The default is 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public void RefuseNextTokens(FakeStreamChannel channel, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _hub.RefuseNext(channel, count);
    }

    /// <summary>
    /// Leaves the next <paramref name="count"/> subscription requests on <paramref name="channel"/> unanswered, as a
    /// service that lost them would: they appear in <see cref="ReceivedFrames"/> but are neither applied nor answered,
    /// while the connection stays healthy (heartbeats are answered, pushes go on). Quotes: 14000, 14010, 14016 and the
    /// cancellation 14006; messages: <c>subscribe_asset</c>.
    /// </summary>
    /// <param name="channel">The channel: <see cref="FakeStreamChannel.Quotes"/> or <see cref="FakeStreamChannel.Messages"/>.</param>
    /// <param name="count">How many to leave unanswered. The default is 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is <see cref="FakeStreamChannel.ManagerEvents"/>, which has no subscription requests.</exception>
    public void IgnoreNextSubscriptions(FakeStreamChannel channel, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (channel is not (FakeStreamChannel.Quotes or FakeStreamChannel.Messages))
        {
            throw new ArgumentException("Only the quote and message channels have subscription requests (the Manager events subscribe in the handshake).", nameof(channel));
        }

        _hub.IgnoreNext(channel, count);
    }

    private static JsonNode Parse(string json, string parameter)
    {
        try
        {
            return JsonNode.Parse(json) ?? throw new ArgumentException("The JSON is null.", parameter);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("Not valid JSON: " + exception.Message, parameter, exception);
        }
    }
}

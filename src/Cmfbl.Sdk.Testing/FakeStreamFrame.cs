namespace Cmfbl.Sdk.Testing;

/// <summary>A text frame a client sent on one of the fake's WebSockets: an entry of <see cref="FakeStreams.ReceivedFrames"/>.</summary>
/// <param name="Channel">The channel it arrived on.</param>
/// <param name="ConnectionId">The number the fake gave the connection (1, 2, … in order of connection).</param>
/// <param name="Text">The frame as sent.</param>
/// <param name="ReceivedAt">When it arrived, by <see cref="CmfblFakeServerOptions.TimeProvider"/>.</param>
public sealed record FakeStreamFrame(FakeStreamChannel Channel, int ConnectionId, string Text, DateTimeOffset ReceivedAt);

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>Sums up the states of several connections into the one a stream reports.</summary>
internal static class StreamStates
{
    /// <summary>Reconnecting, then Connecting, then Resubscribed, then Connected; Closed only when every connection is; null when there is none.</summary>
    public static StreamState? Worst(IEnumerable<StreamState?> states)
    {
        StreamState? worst = null;
        foreach (var state in states)
        {
            if (state is { } value && (worst is null || Rank(value) > Rank(worst.Value)))
            {
                worst = value;
            }
        }

        return worst;
    }

    private static int Rank(StreamState state) => state switch
    {
        StreamState.Reconnecting => 5,
        StreamState.Connecting => 4,
        StreamState.Resubscribed => 3,
        StreamState.Connected => 2,
        _ => 1,
    };
}

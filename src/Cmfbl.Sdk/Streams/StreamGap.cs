namespace Cmfbl.Sdk.Streams;

/// <summary>
/// The time during which a connection was down, measured with the SDK's <see cref="TimeProvider"/>: pushes sent by
/// the service in this window may not have reached the caller.
/// </summary>
/// <param name="Start">When the SDK noticed the connection was lost.</param>
/// <param name="End">When the new connection had every subscription back in place.</param>
public sealed record StreamGap(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Gets the length of the gap.</summary>
    public TimeSpan Duration => End - Start;
}

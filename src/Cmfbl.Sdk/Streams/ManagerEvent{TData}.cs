namespace Cmfbl.Sdk.Streams;

/// <summary>A Manager data push event with its data read into <typeparamref name="TData"/>.</summary>
/// <typeparam name="TData">The event's model (see <see cref="ManagerEventKind"/> for which kind carries which).</typeparam>
public sealed record ManagerEvent<TData> : ManagerEvent
    where TData : notnull
{
    /// <summary>Gets the event's data.</summary>
    public required TData Data { get; init; }
}

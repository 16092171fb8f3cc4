using System.Text.Json;

namespace Cmfbl.Sdk.Streams;

/// <summary>A message push frame with a <c>msgCode</c> this SDK does not turn into a typed event; kept as sent.</summary>
public sealed record UnknownMessage : MessageEvent
{
    /// <summary>Gets the <c>msgCode</c> as sent.</summary>
    public string? MsgCode { get; init; }

    /// <summary>Gets the <c>content</c> as sent (<see cref="JsonValueKind.Undefined"/> when there was none).</summary>
    public JsonElement Content { get; init; }
}

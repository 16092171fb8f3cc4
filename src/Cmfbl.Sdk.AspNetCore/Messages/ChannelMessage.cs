namespace Cmfbl.Sdk.AspNetCore.Messages;

/// <summary>A message the platform asks your custom channel to deliver (the vendor's Message API), after its <c>sign</c> was checked.</summary>
public abstract record ChannelMessage
{
    /// <summary>Gets the recipient (<c>toUser</c>): an e-mail address or a phone number. Personal data: do not log it.</summary>
    public required string ToUser { get; init; }

    /// <summary>Gets the platform's trace (<c>trace</c>).</summary>
    public required string Trace { get; init; }

    /// <summary>Gets the text to deliver (<c>content</c>). It may hold a verification code: do not log it.</summary>
    public required string Content { get; init; }

    /// <summary>Gets <c>timestamp</c> as sent (part of the signed text).</summary>
    public required string Timestamp { get; init; }

    /// <summary>Gets <see cref="Timestamp"/> read as Unix milliseconds, or <see langword="null"/> when it is not a number in range.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Gets the push channel (<c>pushType</c>, e.g. <c>whatapp</c>), or <see langword="null"/>.</summary>
    public string? PushType { get; init; }

    /// <summary>Gets the push account id (<c>pushId</c>), or <see langword="null"/>.</summary>
    public string? PushId { get; init; }
}

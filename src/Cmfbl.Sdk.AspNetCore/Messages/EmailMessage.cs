namespace Cmfbl.Sdk.AspNetCore.Messages;

/// <summary>An e-mail to send: a message with a <c>title</c>.</summary>
public sealed record EmailMessage : ChannelMessage
{
    /// <summary>Gets the subject (<c>title</c>).</summary>
    public required string Title { get; init; }
}

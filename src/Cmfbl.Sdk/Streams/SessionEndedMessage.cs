namespace Cmfbl.Sdk.Streams;

/// <summary>
/// The service ended the customer's message session (<c>msgCode</c> <c>disconnect</c>: logged in elsewhere, or
/// <c>UserForceLogoutRet</c>: forced logout). This is the last event of the stream: it does not reconnect, because
/// doing so would log the other session out.
/// </summary>
public sealed record SessionEndedMessage : MessageEvent
{
    /// <summary>Gets the <c>msgCode</c> as sent.</summary>
    public required string MsgCode { get; init; }
}

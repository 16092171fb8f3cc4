using System.Net;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// A WebSocket handshake that failed. It deliberately keeps no inner exception: the address may carry a token, and
/// transport exceptions can quote it.
/// </summary>
internal sealed class StreamConnectException : Exception
{
    public StreamConnectException()
    {
    }

    public StreamConnectException(string message)
        : base(message)
    {
    }

    public StreamConnectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StreamConnectException(string message, HttpStatusCode? status)
        : base(message)
    {
        Status = status;
    }

    /// <summary>Gets the HTTP status the server answered the upgrade with, when it answered.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>Gets whether the server refused the credentials (401 or 403).</summary>
    public bool IsRefusal => Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>The service refused the connection's token after the handshake (for example <c>subscribe_fail</c>): renew it and reconnect.</summary>
internal sealed class StreamTokenRefusedException : Exception
{
    public StreamTokenRefusedException()
        : base("The service refused the stream's token.")
    {
    }

    public StreamTokenRefusedException(string message)
        : base(message)
    {
    }

    public StreamTokenRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

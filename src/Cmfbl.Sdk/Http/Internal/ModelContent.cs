using System.Net;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The answer model, already read by the envelope step (EnvelopeExchange), handed to the service method through Refit's content
/// serializer. It has no bytes: the SDK's serializer returns <see cref="Value"/> as it is.
/// </summary>
/// <remarks>
/// Refit buffers every answer before it deserializes it, and ignores a failure to buffer: this content buffers as
/// nothing. Throwing here instead cost a caught exception per call (most of the time a small model call took).
/// </remarks>
internal sealed class ModelContent(object? value) : HttpContent
{
    public object? Value { get; } = value;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.CompletedTask;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
    }

    protected override bool TryComputeLength(out long length)
    {
        // Unknown, not 0: Refit reads a content of length 0 as no answer at all.
        length = 0;
        return false;
    }
}

using System.Net;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The answer model, already read by the envelope handler, handed to the service method through Refit's content
/// serializer. It has no bytes: the SDK's serializer returns <see cref="Value"/> as it is.
/// </summary>
internal sealed class ModelContent(object? value) : HttpContent
{
    public object? Value { get; } = value;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        throw new NotSupportedException("This content carries a model the SDK already read, not bytes.");

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}

using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The <c>data</c> of an envelope, handed to Refit without a copy: a slice of the pooled array the envelope was read
/// into. Disposing it (Refit disposes the response once it has read the value) returns the array to the pool; reading
/// it afterwards throws <see cref="ObjectDisposedException"/> rather than reading an array someone else now uses.
/// </summary>
internal sealed class JsonDataContent : HttpContent
{
    private readonly int _start;
    private readonly int _length;
    private byte[]? _buffer;

    public JsonDataContent(byte[] buffer, int start, int length, MediaTypeHeaderValue contentType)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
        Headers.ContentType = contentType;
    }

    private ReadOnlyMemory<byte> Memory => (_buffer ?? throw new ObjectDisposedException(nameof(JsonDataContent))).AsMemory(_start, _length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Memory).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Memory, cancellationToken).AsTask();

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(Memory.Span);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(default));

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new MemoryStream(_buffer ?? throw new ObjectDisposedException(nameof(JsonDataContent)), _start, _length, writable: false);

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }
}

using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

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

    /// <param name="buffer">The pooled array holding the whole answer; this content returns it to the pool.</param>
    /// <param name="start">Where <c>data</c> starts.</param>
    /// <param name="length">The length of <c>data</c>.</param>
    /// <param name="contentType">The media type to announce.</param>
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

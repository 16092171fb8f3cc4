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

    private readonly PendingModel? _model;

    /// <param name="buffer">The pooled array holding the whole answer; this content returns it to the pool.</param>
    /// <param name="start">Where <c>data</c> starts.</param>
    /// <param name="length">The length of <c>data</c>, or, when a model read follows, of the rest of the answer.</param>
    /// <param name="contentType">The media type to announce.</param>
    /// <param name="model">
    /// Set when the envelope reader stopped at <c>data</c> (<c>code</c> "0" came first): the model is read from here,
    /// once, by <see cref="ReadModel{T}"/>.
    /// </param>
    public JsonDataContent(byte[] buffer, int start, int length, MediaTypeHeaderValue contentType, PendingModel? model = null)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
        _model = model;
        Headers.ContentType = contentType;
    }

    /// <summary>Gets whether the model is read from this content by <see cref="ReadModel{T}"/> rather than by a serializer over its bytes.</summary>
    public bool ModelFollows => _model is not null;

    /// <summary>
    /// Reads the model in one pass: resumes the envelope reader at <c>data</c>, reads the value with the converter of
    /// <paramref name="typeInfo"/> directly (<see cref="JsonSerializer.Deserialize(ref Utf8JsonReader, JsonTypeInfo)"/>
    /// would first skip over the value to find its end, reading it twice), then checks that the envelope closes. An
    /// answer that fails is the SDK's protocol error: unreadable when the whole answer is not a complete envelope (cut
    /// short, not JSON), otherwise data of the wrong shape.
    /// </summary>
    public T? ReadModel<T>(JsonTypeInfo<T> typeInfo)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(JsonDataContent));
        var (context, resume) = _model ?? throw new InvalidOperationException("This content carries data bytes, not a model to read.");
        var end = _start + _length;
        var reader = new Utf8JsonReader(buffer.AsSpan(resume.Offset, end - resume.Offset), isFinalBlock: true, resume.State);
        try
        {
            reader.Read();
            var value = ((JsonConverter<T>)typeInfo.Converter).Read(ref reader, typeof(T), typeInfo.Options);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
                reader.Skip();
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                throw ErrorFactory.NotAnEnvelope(context, buffer.AsSpan(0, end), operation: null);
            }

            return value;
        }
        catch (Exception exception) when (exception is not (CmfblException or OperationCanceledException))
        {
            var answer = buffer.AsSpan(0, end);
            throw EnvelopeReader.TryRead(answer, out _)
                ? ErrorFactory.DataShape(context, exception)
                : ErrorFactory.NotAnEnvelope(context, answer, operation: null);
        }
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

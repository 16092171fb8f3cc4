using System.Buffers;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// A response body read whole into an array rented from <see cref="ArrayPool{T}.Shared"/>, so reading an answer
/// allocates nothing per call. Whoever holds it returns the array exactly once: <see cref="Dispose"/>, or by handing
/// it on to a <see cref="JsonDataContent"/> with <see cref="Detach"/>.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    /// <summary>The first rent when the answer does not announce its length: most envelopes fit.</summary>
    private const int DefaultInitialSize = 16 * 1024;

    /// <summary>Above this, an announced length is not trusted for the first rent; the buffer grows as bytes arrive.</summary>
    private const long MaxAnnouncedSize = 64 * 1024 * 1024;

    private byte[]? _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>Gets the number of bytes read.</summary>
    public int Length { get; }

    /// <summary>Gets the bytes read.</summary>
    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBody))).AsSpan(0, Length);

    /// <summary>Reads <paramref name="content"/> to its end.</summary>
    public static async Task<PooledBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var announced = content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(announced is > 0 and < MaxAnnouncedSize ? (int)announced.Value + 1 : DefaultInitialSize);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return new PooledBody(buffer, WithoutByteOrderMark(buffer, length));
                    }

                    length += read;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Drops a UTF-8 byte order mark some servers put before the JSON (the JSON reader does not accept one).</summary>
    private static int WithoutByteOrderMark(byte[] buffer, int length)
    {
        if (!buffer.AsSpan(0, length).StartsWith("\uFEFF"u8))
        {
            return length;
        }

        buffer.AsSpan(3, length - 3).CopyTo(buffer);
        return length - 3;
    }

    /// <summary>Hands the array to a content that returns it when it is disposed; this body no longer owns it.</summary>
    public JsonDataContent Detach(int start, int length, System.Net.Http.Headers.MediaTypeHeaderValue contentType)
    {
        var buffer = Interlocked.Exchange(ref _buffer, null) ?? throw new ObjectDisposedException(nameof(PooledBody));
        return new JsonDataContent(buffer, start, length, contentType);
    }

    /// <summary>Returns the array to the pool unless a content took it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

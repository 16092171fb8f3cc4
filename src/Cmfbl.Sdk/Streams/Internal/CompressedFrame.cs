using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// The quote service's binary frames: the whole answer compressed with zlib (the vendor's client also copes with gzip),
/// and inside it the JSON text URL-encoded (<c>decodeURIComponent</c> in the vendor's client). Decoded into a pooled
/// buffer; only <c>%XX</c> escapes are decoded, so plain JSON passes through unchanged.
/// </summary>
internal static class CompressedFrame
{
    private const int MaxInflatedSize = 64 * 1024 * 1024;

    /// <summary>Inflates and URL-decodes <paramref name="frame"/>; the caller returns <paramref name="buffer"/> to <see cref="ArrayPool{T}.Shared"/>.</summary>
    /// <exception cref="InvalidDataException">The frame is not compressed data, or inflates past 64 MB.</exception>
    public static int Decode(ReadOnlyMemory<byte> frame, out byte[] buffer)
    {
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(4096, frame.Length * 4));
        try
        {
            using var input = AsStream(frame);
            using var inflater = Open(input, frame.Span);
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxInflatedSize)
                    {
                        throw new InvalidDataException("The compressed frame inflates past 64 MB.");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = inflater.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return UrlDecodeInPlace(buffer.AsSpan(0, length));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
            throw;
        }
    }

    /// <summary>Decodes <c>%XX</c> escapes in place and returns the new length; other bytes (a lone <c>%</c>, <c>+</c>) are kept.</summary>
    public static int UrlDecodeInPlace(Span<byte> text)
    {
        var first = text.IndexOf((byte)'%');
        if (first < 0)
        {
            return text.Length;
        }

        var write = first;
        for (var read = first; read < text.Length; read++)
        {
            if (text[read] == (byte)'%' && read + 2 < text.Length
                && Hex(text[read + 1]) is var high and >= 0 && Hex(text[read + 2]) is var low and >= 0)
            {
                text[write++] = (byte)((high << 4) | low);
                read += 2;
            }
            else
            {
                text[write++] = text[read];
            }
        }

        return write;
    }

    private static int Hex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static Stream Open(Stream input, ReadOnlySpan<byte> frame) =>
        frame.Length >= 2 && frame[0] == 0x1F && frame[1] == 0x8B ? new GZipStream(input, CompressionMode.Decompress)
        : frame.Length >= 2 && (frame[0] & 0x0F) == 8 && ((frame[0] << 8) | frame[1]) % 31 == 0 ? new ZLibStream(input, CompressionMode.Decompress)
        : new DeflateStream(input, CompressionMode.Decompress);

    private static MemoryStream AsStream(ReadOnlyMemory<byte> frame) =>
        MemoryMarshal.TryGetArray(frame, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(frame.ToArray(), writable: false);
}

using System.Buffers;
using System.IO.Compression;
using System.Text;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>Binary frames: zlib (or gzip) around URL-encoded JSON, as the vendor's client decodes them.</summary>
public sealed class CompressedFrameTests
{
    private const string Json = """{"ret":200,"msg":"ok 100% sure","cmd_id":14013,"data":{"symbol_id":1}}""";

    [Fact]
    public void Decode_ZlibOfUrlEncodedJson_ReturnsTheJson() =>
        Assert.Equal(Json, Decode(Compress(Encoding.ASCII.GetBytes(Uri.EscapeDataString(Json)), gzip: false)));

    [Fact]
    public void Decode_GzipOfUrlEncodedJson_ReturnsTheJson() =>
        Assert.Equal(Json, Decode(Compress(Encoding.ASCII.GetBytes(Uri.EscapeDataString(Json)), gzip: true)));

    [Fact]
    public void Decode_ZlibOfPlainJson_ReturnsItUnchanged() =>
        Assert.Equal("""{"a":"50%off"}""", Decode(Compress("""{"a":"50%off"}"""u8.ToArray(), gzip: false)));

    [Fact]
    public void Decode_NotCompressed_ThrowsInvalidData() =>
        Assert.Throws<InvalidDataException>(() => CompressedFrame.Decode("this is not compressed"u8.ToArray(), out _));

    [Theory]
    [InlineData("%7B%22a%22%3A1%7D", "{\"a\":1}")]
    [InlineData("100%", "100%")]
    [InlineData("%zz%4", "%zz%4")]
    [InlineData("a+b", "a+b")]
    [InlineData("%E4%B8%AD", "中")]
    public void UrlDecodeInPlace_Escapes_AreDecodedOthersKept(string encoded, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(encoded);
        var length = CompressedFrame.UrlDecodeInPlace(bytes);
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes, 0, length));
    }

    internal static byte[] Compress(byte[] payload, bool gzip)
    {
        using var output = new MemoryStream();
        using (Stream compressor = gzip ? new GZipStream(output, CompressionLevel.Fastest) : new ZLibStream(output, CompressionLevel.Fastest))
        {
            compressor.Write(payload);
        }

        return output.ToArray();
    }

    private static string Decode(byte[] frame)
    {
        var length = CompressedFrame.Decode(frame, out var buffer);
        try
        {
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

using System.Buffers;
using System.Text.Json;

namespace Cmfbl.Sdk.Benchmarks.Wire;

/// <summary>
/// A customer list of <see cref="Total"/> records that exists only as it is read: each <c>page</c> request is
/// answered with a page written on the fly (<c>current</c> and <c>size</c> read from the request body) into one
/// reused buffer, so the transport itself holds one page at most. <see cref="OnPage"/> runs before each answer.
/// </summary>
public sealed class PagingTransport(long total) : HttpMessageHandler
{
    private readonly ArrayBufferWriter<byte> _page = new(1 << 20);

    public long Total { get; } = total;

    /// <summary>Gets or sets a probe run before each page is written (the paging benchmark samples memory there).</summary>
    public Action? OnPage { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var bizType = InMemoryTransport.BizTypeOf(request.RequestUri!);
        if (!bizType.SequenceEqual(Payloads.PageBizType))
        {
            return InMemoryTransport.Respond(request, new ByteArrayContent(Payloads.For(bizType) ?? throw new InvalidOperationException($"No answer for {request.RequestUri}.")));
        }

        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var (current, size) = ReadPageRequest(body);
        OnPage?.Invoke();

        // The reader of the previous page is done with the buffer: the walk asks for page n+1 after reading page n.
        _page.ResetWrittenCount();
        Payloads.WritePage(_page, current, size, Total);
        return InMemoryTransport.Respond(request, new ReadOnlyMemoryContent(_page.WrittenMemory));
    }

    private static (int Current, int Size) ReadPageRequest(ReadOnlySpan<byte> json)
    {
        int current = 1, size = 20;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.ValueTextEquals("current"u8) && reader.Read())
            {
                current = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("size"u8) && reader.Read())
            {
                size = reader.GetInt32();
            }
        }

        return (current, size);
    }
}

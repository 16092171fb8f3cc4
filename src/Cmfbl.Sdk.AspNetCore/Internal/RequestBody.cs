using System.Buffers;
using System.IO.Pipelines;

namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>Reads a request body whole, up to a size limit, without trusting <c>Content-Length</c>.</summary>
internal static class RequestBody
{
    /// <summary>Returns the body, or <see langword="null"/> when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}

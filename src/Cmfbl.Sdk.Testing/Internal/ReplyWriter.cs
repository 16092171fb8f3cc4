using System.Text;
using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Copies request headers for the journal and writes a <see cref="Reply"/> to the wire.</summary>
internal static class ReplyWriter
{
    public static Dictionary<string, string> Snapshot(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            copy[name] = values.ToString();
        }

        return copy;
    }

    public static async Task WriteAsync(HttpContext context, Reply reply, CancellationToken cancellationToken)
    {
        if (reply.Abort)
        {
            context.Abort();
            return;
        }

        var response = context.Response;
        response.StatusCode = reply.StatusCode;
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers[name] = value;
        }

        if (reply.ContentType is not null && reply.Body.Length > 0)
        {
            response.ContentType = reply.ContentType;
        }

        var bytes = Encoding.UTF8.GetBytes(reply.Body);
        response.ContentLength = bytes.Length;
        if (bytes.Length > 0)
        {
            try
            {
                await response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                context.Abort();
            }
        }
    }
}

using System.Collections.Frozen;
using System.Text;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Diagnostics.Internal;

/// <summary>Formats request headers for a Trace-level log line: allow-listed values as they are, every other value as <c>***</c>.</summary>
internal static class HeaderLogFormatter
{
    private static readonly FrozenSet<string> Allowed = new[]
    {
        HeaderNames.Trace, HeaderNames.CompanyId, HeaderNames.Company, HeaderNames.Version, HeaderNames.Language, HeaderNames.Timestamp, "group", "recvWindow",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Format(HttpRequestMessage request)
    {
        var text = new StringBuilder();
        foreach (var header in request.Headers)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(header.Key).Append('=').Append(Allowed.Contains(header.Key) ? string.Join(",", header.Value) : "***");
        }

        return text.ToString();
    }
}

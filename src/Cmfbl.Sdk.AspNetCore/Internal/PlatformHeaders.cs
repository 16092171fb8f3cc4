using System.Globalization;
namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>The headers every platform call carries: <c>trace</c>, <c>companyId</c> and (optionally) <c>timestamp</c>.</summary>
internal readonly record struct PlatformHeaders(string Trace, long CompanyId, DateTimeOffset? SentAt)
{
    public const int MaxTraceLength = 256;

    /// <summary>Reads and checks the headers; <paramref name="rejection"/> says why they are not acceptable.</summary>
    public static PlatformHeaders Read(HttpRequest request, long expectedCompanyId, out Rejection? rejection)
    {
        var trace = request.Headers[HeaderNames.Trace].ToString();
        var companyText = request.Headers[HeaderNames.CompanyId].ToString();
        rejection = null;
        if (trace.Length == 0 || trace.Length > MaxTraceLength)
        {
            rejection = new Rejection(StatusCodes.Status400BadRequest, CmfblReplyCodes.InvalidRequest, $"The trace header is missing or longer than {MaxTraceLength} characters.");
            return default;
        }

        if (!long.TryParse(companyText, NumberStyles.None, CultureInfo.InvariantCulture, out var companyId))
        {
            rejection = new Rejection(StatusCodes.Status400BadRequest, CmfblReplyCodes.InvalidRequest, "The companyId header is missing or not a number.");
            return new PlatformHeaders(trace, 0, null);
        }

        if (companyId != expectedCompanyId)
        {
            rejection = new Rejection(StatusCodes.Status403Forbidden, CmfblReplyCodes.CompanyMismatch, "The companyId header is not this receiver's company.");
            return new PlatformHeaders(trace, companyId, null);
        }

        long? timestamp = long.TryParse(request.Headers[HeaderNames.Timestamp].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : null;
        return new PlatformHeaders(trace, companyId, UnixTime.FromMilliseconds(timestamp));
    }
}

using System.Globalization;
using Cmfbl.Sdk.AspNetCore.Internal;

namespace Cmfbl.Sdk.AspNetCore.Settlement.Internal;

/// <summary>The headers every external-settlement call carries: <c>trace</c>, <c>companyId</c> and (optionally) <c>timestamp</c>.</summary>
internal readonly record struct SettlementHeaders(string Trace, long CompanyId, DateTimeOffset? SentAt)
{
    public const int MaxTraceLength = 256;

    /// <summary>Reads and checks the headers; <paramref name="rejection"/> says why they are not acceptable.</summary>
    public static SettlementHeaders Read(HttpRequest request, long expectedCompanyId, out Rejection? rejection)
    {
        var trace = request.Headers[HeaderNames.Trace].ToString();
        var companyText = request.Headers[HeaderNames.CompanyId].ToString();
        rejection = null;
        if (trace.Length == 0 || trace.Length > MaxTraceLength)
        {
            rejection = new Rejection(StatusCodes.Status400BadRequest, SettlementReplyCodes.InvalidRequest, $"The trace header is missing or longer than {MaxTraceLength} characters.");
            return default;
        }

        if (!long.TryParse(companyText, NumberStyles.None, CultureInfo.InvariantCulture, out var companyId))
        {
            rejection = new Rejection(StatusCodes.Status400BadRequest, SettlementReplyCodes.InvalidRequest, "The companyId header is missing or not a number.");
            return new SettlementHeaders(trace, 0, null);
        }

        if (companyId != expectedCompanyId)
        {
            rejection = new Rejection(StatusCodes.Status403Forbidden, SettlementReplyCodes.CompanyMismatch, "The companyId header is not this receiver's company.");
            return new SettlementHeaders(trace, companyId, null);
        }

        long? timestamp = long.TryParse(request.Headers[HeaderNames.Timestamp].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : null;
        return new SettlementHeaders(trace, companyId, UnixTime.FromMilliseconds(timestamp));
    }
}

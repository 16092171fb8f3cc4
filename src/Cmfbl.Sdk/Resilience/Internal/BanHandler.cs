using System.Globalization;
using System.Net;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>
/// Opens the family's circuit for the window of an HTTP 418 ban (5 minutes, then 10, and so on, unless the answer
/// says how long) (the key is banned after it kept calling past 429):
/// while it lasts, calls fail at once with <see cref="CmfblRateLimitException"/> and nothing goes out, because
/// calling during a ban makes the next ban longer.
/// </summary>
internal sealed class BanHandler(BanGate gate, TimeSpan defaultBan) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (gate.IsBanned(out var remaining))
        {
            var operation = request.GetOperation();
            throw new CmfblRateLimitException(
                string.Create(CultureInfo.InvariantCulture, $"{operation.BizType} was not sent: the service banned this client with HTTP 418 for calling too often, and the ban has {remaining.TotalSeconds:0} s left. Calling during a ban extends it; wait until it ends. Trace: {request.GetTrace()}."),
                new CmfblApiError("HTTP_418", null, "banned", null),
                new CmfblErrorContext(operation.BizType, request.GetTrace(), null),
                remaining);
        }

        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            gate.Succeeded();
            return response;
        }
        catch (CmfblRateLimitException banned) when (banned.HttpStatus == (HttpStatusCode)418)
        {
            gate.Strike(banned.RetryAfter, defaultBan);
            throw;
        }
    }
}

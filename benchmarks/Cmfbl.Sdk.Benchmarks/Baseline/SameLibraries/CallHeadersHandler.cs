using System.Globalization;

namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>The documented headers every call carries: trace, company, timestamp.</summary>
public sealed class CallHeadersHandler(long companyId) : DelegatingHandler
{
    private readonly string _companyId = companyId.ToString(CultureInfo.InvariantCulture);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var headers = request.Headers;
        headers.TryAddWithoutValidation("trace", string.Create(CultureInfo.InvariantCulture, $"{Guid.NewGuid():D}-{now}"));
        headers.TryAddWithoutValidation("companyId", _companyId);
        headers.TryAddWithoutValidation("timestamp", now.ToString(CultureInfo.InvariantCulture));
        return base.SendAsync(request, cancellationToken);
    }
}

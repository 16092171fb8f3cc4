using System.Globalization;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The outermost handler, run once per call (outside any retry): resolves the operation, sets the per-call headers
/// (<c>trace</c>, <c>companyId</c>, <c>lang</c>, <c>idempotency-key</c>) so they stay the same on every attempt,
/// enforces the call's time limit, and is the one place where transport failures become SDK exceptions.
/// </summary>
internal sealed class CallHandler : DelegatingHandler
{
    private readonly OperationTable _operations;
    private readonly TimeProvider _timeProvider;
    private readonly string _companyId;
    private readonly string _language;
    private readonly TimeSpan _timeout;

    public CallHandler(OperationTable operations, CmfblOptions options, TimeProvider timeProvider)
    {
        _operations = operations;
        _timeProvider = timeProvider;
        _companyId = options.CompanyId.ToString(CultureInfo.InvariantCulture);
        _language = options.Language;
        _timeout = options.Timeout;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = _operations.Resolve(request.RequestUri!);
        request.Options.Set(RequestOptionKeys.Operation, operation);
        var headers = request.Headers;
        if (!headers.Contains(HeaderNames.Trace))
        {
            headers.TryAddWithoutValidation(HeaderNames.Trace, TraceId.Create(_timeProvider));
        }

        if (operation.Auth != OperationAuth.None && !headers.Contains(HeaderNames.CompanyId))
        {
            headers.TryAddWithoutValidation(HeaderNames.CompanyId, _companyId);
        }

        if (operation.Auth != OperationAuth.None && !headers.Contains(HeaderNames.Language))
        {
            headers.TryAddWithoutValidation(HeaderNames.Language, _language);
        }

        if (operation.Kind == OperationKind.KeyedWrite && !headers.Contains(HeaderNames.IdempotencyKey))
        {
            headers.TryAddWithoutValidation(HeaderNames.IdempotencyKey, Guid.NewGuid().ToString("N"));
        }

        using var timeout = new CancellationTokenSource(_timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is not (CmfblException or InvalidOperationException))
        {
            throw TransportErrors.Translate(exception, request, timedOut: timeout.IsCancellationRequested);
        }
    }
}

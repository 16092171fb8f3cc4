using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.AspNetCore.Settlement.Internal;

/// <summary>One external-settlement request: its context, its deadline (from arrival) and how its answer is written.</summary>
internal sealed class SettlementCall : IDisposable
{
    private readonly TimeProvider _time;
    private readonly long _started;

    public SettlementCall(HttpContext http, string endpoint, ExternalSettlementOptions options, TimeProvider time)
    {
        Http = http;
        Endpoint = endpoint;
        _time = time;
        _started = time.GetTimestamp();
        Deadline = new CancellationTokenSource(options.HandlerDeadline, time);
    }

    public HttpContext Http { get; }

    public string Endpoint { get; }

    /// <summary>Gets the source of the handler's token: it fires at <see cref="ExternalSettlementOptions.HandlerDeadline"/> after arrival.</summary>
    public CancellationTokenSource Deadline { get; }

    /// <summary>Gets or sets the request's trace once its headers were read.</summary>
    public string? Trace { get; set; }

    /// <summary>Reads headers and body into a typed request, or answers the rejection (HTTP 4xx) with a log line and returns <see langword="null"/>.</summary>
    public async Task<T?> ReadAsync<T>(ExternalSettlementOptions options, ILogger logger, Func<PlatformHeaders, JsonFields, T?> parse)
        where T : class
    {
        var headers = PlatformHeaders.Read(Http.Request, options.CompanyId, out var rejection);
        Trace = headers.Trace;
        if (rejection is null)
        {
            (var request, rejection) = await ReadBodyAsync(options, headers, parse).ConfigureAwait(false);
            if (request is not null)
            {
                return request;
            }
        }

        Log.Refused(logger, Endpoint, rejection!.StatusCode, rejection.Code, rejection.Message, Trace);
        await WriteAsync(new StoredReply(rejection.Code, rejection.Message, string.Empty, null), rejection.StatusCode).ConfigureAwait(false);
        return null;
    }

    /// <summary>Writes <paramref name="reply"/> with this request's trace.</summary>
    public Task WriteAsync(StoredReply reply, int? statusCode = null) =>
        GatewayEnvelope.WriteAsync(
            Http.Response,
            statusCode ?? SettlementReplies.StatusCode(reply),
            reply.Code,
            reply.Message,
            reply.BizCode,
            Trace,
            (long)_time.GetElapsedTime(_started).TotalMilliseconds,
            reply.DataJson is { } data ? writer => writer.WriteRawValue(data, skipInputValidation: true) : null);

    public void Dispose() => Deadline.Dispose();

    private async Task<(T? Request, Rejection? Rejection)> ReadBodyAsync<T>(ExternalSettlementOptions options, PlatformHeaders headers, Func<PlatformHeaders, JsonFields, T?> parse)
        where T : class
    {
        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(Http.Request, options.MaxRequestBodySize, Http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException)
        {
            return (null, new Rejection(StatusCodes.Status400BadRequest, CmfblReplyCodes.InvalidRequest, "The body could not be read."));
        }

        if (body is null)
        {
            return (null, new Rejection(StatusCodes.Status413PayloadTooLarge, CmfblReplyCodes.PayloadTooLarge, $"The body is larger than {options.MaxRequestBodySize} bytes."));
        }

        using var document = JsonFields.Parse(body, out var problem);
        if (document is null)
        {
            return (null, new Rejection(StatusCodes.Status400BadRequest, CmfblReplyCodes.InvalidRequest, $"Invalid request: {problem}."));
        }

        var fields = new JsonFields(document.RootElement);
        var request = parse(headers, fields);
        return request is not null
            ? (request, null)
            : (null, new Rejection(StatusCodes.Status400BadRequest, CmfblReplyCodes.InvalidRequest, $"Invalid request: {fields.Problems}."));
    }
}

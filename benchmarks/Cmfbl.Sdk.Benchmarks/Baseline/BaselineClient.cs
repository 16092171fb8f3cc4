using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace Cmfbl.Sdk.Benchmarks.Baseline;

/// <summary>
/// The hand-written client a competent developer writes instead of the SDK: one <see cref="HttpClient"/>, the
/// documented headers, source-generated System.Text.Json, the token fetched once and kept, and a manual
/// <c>code == "0"</c> check. No retries, no time-out policy, no telemetry, no typed errors beyond one exception.
/// </summary>
public sealed class BaselineClient(HttpClient http, long companyId, string appId, string appSecret)
{
    private readonly string _companyId = companyId.ToString(CultureInfo.InvariantCulture);
    private string? _token;

    public Task<Page<CustomerRow>> PageAsync(PageRequest request, CancellationToken cancellationToken = default) =>
        PostAsync(Wire.Payloads.PageBizType, request, BaselineJsonContext.Default.PageRequest, BaselineJsonContext.Default.ApiEnvelopePageCustomerRow, withToken: true, cancellationToken);

    public Task<CustomerDetail> DetailAsync(DetailRequest request, CancellationToken cancellationToken = default) =>
        PostAsync(Wire.Payloads.DetailBizType, request, BaselineJsonContext.Default.DetailRequest, BaselineJsonContext.Default.ApiEnvelopeCustomerDetail, withToken: true, cancellationToken);

    public Task<int> CheckCustomerExistAsync(CheckExistRequest request, CancellationToken cancellationToken = default) =>
        PostAsync(Wire.Payloads.CheckCustomerExistBizType, request, BaselineJsonContext.Default.CheckExistRequest, BaselineJsonContext.Default.ApiEnvelopeInt32, withToken: false, cancellationToken);

    public Task<string> AddCustomerAsync(AddCustomerBody request, CancellationToken cancellationToken = default) =>
        PostAsync(Wire.Payloads.AddCustomerBizType, request, BaselineJsonContext.Default.AddCustomerBody, BaselineJsonContext.Default.ApiEnvelopeString, withToken: true, cancellationToken);

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } token)
        {
            return token;
        }

        var auth = await PostAsync(
            "auth/" + Wire.Payloads.AuthBizType,
            new AuthRequest { AppId = appId, AppSecret = appSecret },
            BaselineJsonContext.Default.AuthRequest,
            BaselineJsonContext.Default.ApiEnvelopeAuthData,
            withToken: false,
            cancellationToken).ConfigureAwait(false);
        return _token = auth.Token ?? throw new InvalidOperationException("auth returned no token");
    }

    private async Task<TResult> PostAsync<TRequest, TResult>(
        string bizType,
        TRequest body,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<ApiEnvelope<TResult>> responseType,
        bool withToken,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bizType)
        {
            Content = JsonContent.Create(body, requestType),
        };
        var headers = request.Headers;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        headers.TryAddWithoutValidation("trace", string.Create(CultureInfo.InvariantCulture, $"{Guid.NewGuid():D}-{now}"));
        headers.TryAddWithoutValidation("companyId", _companyId);
        headers.TryAddWithoutValidation("version", "0.0.1");
        headers.TryAddWithoutValidation("lang", "en-US");
        headers.TryAddWithoutValidation("timestamp", now.ToString(CultureInfo.InvariantCulture));
        if (withToken)
        {
            headers.TryAddWithoutValidation("token", await TokenAsync(cancellationToken).ConfigureAwait(false));
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("empty response");
        return envelope.Code == "0" ? envelope.Data! : throw new BaselineApiException(envelope.Code, envelope.Msg, envelope.Trace);
    }
}

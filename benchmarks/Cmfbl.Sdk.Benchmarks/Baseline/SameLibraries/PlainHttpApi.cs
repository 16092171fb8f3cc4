using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.ManagerApi.Models;

namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>The same operations without Refit: <see cref="HttpClient"/> and System.Text.Json's HTTP extensions.</summary>
public sealed class PlainHttpApi(HttpClient http) : ISameLibrariesApi
{
    public Task<LibEnvelope<AuthData>> AuthAsync(AuthRequest request, CancellationToken cancellationToken = default) =>
        PostAsync("/openapi-b/auth/" + Payloads.AuthBizType, request, SameLibrariesJsonContext.Default.AuthRequest, SameLibrariesJsonContext.Default.LibEnvelopeAuthData, token: null, cancellationToken);

    public Task<LibEnvelope<LibPage<CustomerRecord>>> PageAsync(PageRequest request, string token, CancellationToken cancellationToken = default) =>
        PostAsync("/openapi-b/" + Payloads.PageBizType, request, SameLibrariesJsonContext.Default.PageRequest, SameLibrariesJsonContext.Default.LibEnvelopeLibPageCustomerRecord, token, cancellationToken);

    public Task<LibEnvelope<CustomerDetail>> DetailAsync(DetailRequest request, string token, CancellationToken cancellationToken = default) =>
        PostAsync("/openapi-b/" + Payloads.DetailBizType, request, SameLibrariesJsonContext.Default.DetailRequest, SameLibrariesJsonContext.Default.LibEnvelopeCustomerDetail, token, cancellationToken);

    public Task<LibEnvelope<int>> CheckCustomerExistAsync(CheckExistRequest request, CancellationToken cancellationToken = default) =>
        PostAsync("/openapi-b/" + Payloads.CheckCustomerExistBizType, request, SameLibrariesJsonContext.Default.CheckExistRequest, SameLibrariesJsonContext.Default.LibEnvelopeInt32, token: null, cancellationToken);

    public Task<LibEnvelope<string>> AddCustomerAsync(AddCustomerBody request, string token, CancellationToken cancellationToken = default) =>
        PostAsync("/openapi-b/" + Payloads.AddCustomerBizType, request, SameLibrariesJsonContext.Default.AddCustomerBody, SameLibrariesJsonContext.Default.LibEnvelopeString, token, cancellationToken);

    private async Task<TResult> PostAsync<TRequest, TResult>(
        string path, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResult> resultType, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, requestType) };
        request.Headers.TryAddWithoutValidation("version", "0.0.1");
        request.Headers.TryAddWithoutValidation("lang", "en-US");
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("token", token);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(resultType, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("empty response");
    }
}

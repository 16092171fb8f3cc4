using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// Plays the platform's side of Bridge trade notifications: posts <c>{msgType, content}</c> to your webhook with the
/// <c>companyId</c>, <c>trace</c>, <c>apiKey</c>, <c>timestamp</c> and <c>signature</c> headers, signed the way
/// <c>Cmfbl.Sdk.AspNetCore</c>'s default verifier expects (the Open API scheme, an assumption: the vendor does not
/// document it) with the private key you give it.
/// </summary>
public sealed class FakeBridgeNotifier : IDisposable
{
    private readonly Uri _url;
    private readonly RSA _signingKey;
    private readonly long _companyId;
    private readonly string _apiKey;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;

    /// <summary>Creates a notifier.</summary>
    /// <param name="url">Your webhook URL.</param>
    /// <param name="signingKey">The private key standing in for the platform's (its public half goes into your receiver's options). Not disposed.</param>
    /// <param name="companyId">The <c>companyId</c> header.</param>
    /// <param name="apiKey">The <c>apiKey</c> header.</param>
    /// <param name="timeProvider">The clock of the <c>timestamp</c> header; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="handler">The handler of the notifier's HttpClient (e.g. a TestServer's); a new socket handler when <see langword="null"/>. Not disposed.</param>
    public FakeBridgeNotifier(Uri url, RSA signingKey, long companyId = 439, string apiKey = "fake-api-key", TimeProvider? timeProvider = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(apiKey);
        (_url, _signingKey, _companyId, _apiKey, _time) = (url, signingKey, companyId, apiKey, timeProvider ?? TimeProvider.System);
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
    }

    /// <summary>Sends a notification whose <c>content</c> is <c>{"type": messageType, …fields}</c>.</summary>
    /// <param name="messageType">E.g. <c>ORDER_EXEC_REPORT</c>.</param>
    /// <param name="fields">The content's fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP status and body of the answer.</returns>
    public Task<(int StatusCode, string Body)> SendAsync(string messageType, JsonObject fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        ArgumentNullException.ThrowIfNull(fields);
        var content = new JsonObject { ["type"] = messageType };
        foreach (var (name, value) in fields)
        {
            content[name] = value?.DeepClone();
        }

        return SendContentAsync("trade", content.ToJsonString(), cancellationToken);
    }

    /// <summary>Sends a notification with any <c>msgType</c> and <c>content</c> text, signed.</summary>
    /// <param name="msgType">The outer message type (<c>trade</c>).</param>
    /// <param name="content">The content, a JSON string.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP status and body of the answer.</returns>
    public async Task<(int StatusCode, string Body)> SendContentAsync(string msgType, string content, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["msgType"] = msgType, ["content"] = content }.ToJsonString();
        var timestamp = _time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        using var document = JsonDocument.Parse(body);
        var toSign = OpenApiCanonicalizer.StringToSign(document.RootElement, timestamp);
        var signature = Convert.ToBase64String(_signingKey.SignData(Encoding.UTF8.GetBytes(toSign), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
        using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("companyId", _companyId.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("trace", Guid.NewGuid().ToString("D") + "-" + timestamp);
        request.Headers.TryAddWithoutValidation("apiKey", _apiKey);
        request.Headers.TryAddWithoutValidation("timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("signature", signature);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Disposes the HttpClient (not the key).</summary>
    public void Dispose() => _http.Dispose();
}

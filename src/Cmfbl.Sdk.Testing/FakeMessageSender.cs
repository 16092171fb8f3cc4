using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// Plays the platform's side of the custom message channel (the vendor's Message API): posts e-mails and text
/// messages with <c>sign</c> = Base64(RSA-encrypt(<c>toUser@timestamp@trace</c>)) under your public key (PKCS#1 v1.5).
/// </summary>
public sealed class FakeMessageSender : IDisposable
{
    private readonly Uri _url;
    private readonly RSA _publicKey;
    private readonly TimeProvider _time;
    private readonly HttpClient _http = new();

    /// <summary>Creates a sender.</summary>
    /// <param name="url">Your message endpoint.</param>
    /// <param name="publicKey">Your public key (the half you configure in the admin UI). Not disposed.</param>
    /// <param name="timeProvider">The clock of <c>timestamp</c>; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public FakeMessageSender(Uri url, RSA publicKey, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(publicKey);
        (_url, _publicKey, _time) = (url, publicKey, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Sends an e-mail.</summary>
    /// <param name="toUser">The address.</param>
    /// <param name="title">The subject.</param>
    /// <param name="content">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP status and body of the answer.</returns>
    public Task<(int StatusCode, string Body)> SendEmailAsync(string toUser, string title, string content, CancellationToken cancellationToken = default) =>
        SendAsync(Message(toUser, content, title), cancellationToken);

    /// <summary>Sends a text message.</summary>
    /// <param name="toUser">The phone number.</param>
    /// <param name="content">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP status and body of the answer.</returns>
    public Task<(int StatusCode, string Body)> SendSmsAsync(string toUser, string content, CancellationToken cancellationToken = default) =>
        SendAsync(Message(toUser, content, null), cancellationToken);

    /// <summary>Sends a message body as given (for checks of the receiver's refusals, e.g. a tampered <c>sign</c>).</summary>
    /// <param name="body">The body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP status and body of the answer.</returns>
    public async Task<(int StatusCode, string Body)> SendAsync(JsonObject body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(_url, content, cancellationToken).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Builds a signed message body.</summary>
    /// <param name="toUser">The recipient.</param>
    /// <param name="content">The text.</param>
    /// <param name="title">The subject for an e-mail, <see langword="null"/> for a text message.</param>
    /// <returns>The body, ready to send or to tamper with.</returns>
    public JsonObject Message(string toUser, string content, string? title)
    {
        ArgumentNullException.ThrowIfNull(toUser);
        ArgumentNullException.ThrowIfNull(content);
        var timestamp = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var trace = Guid.NewGuid().ToString("D") + "-" + timestamp.ToString(CultureInfo.InvariantCulture);
        var sign = _publicKey.Encrypt(Encoding.UTF8.GetBytes(toUser + "@" + timestamp.ToString(CultureInfo.InvariantCulture) + "@" + trace), RSAEncryptionPadding.Pkcs1);
        var body = new JsonObject
        {
            ["toUser"] = toUser,
            ["trace"] = trace,
            ["sign"] = Convert.ToBase64String(sign),
            ["content"] = content,
            ["timestamp"] = timestamp,
        };
        if (title is not null)
        {
            body["title"] = title;
        }

        return body;
    }

    /// <summary>Disposes the HttpClient (not the key).</summary>
    public void Dispose() => _http.Dispose();
}

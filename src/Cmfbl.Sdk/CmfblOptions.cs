namespace Cmfbl.Sdk;

/// <summary>
/// Settings for the SDK. Bind them from configuration (<c>services.AddCmfblSdk(configuration.GetSection("Cmfbl"))</c>)
/// or set them in code. They are validated when the first service is resolved (and at host start).
/// </summary>
public sealed class CmfblOptions
{
    /// <summary>
    /// Gets or sets the host root of the API, for example <c>https://prewppc-3.cmfbl.com</c>. Each family adds its own
    /// path prefix (<see cref="ManagerApiOptions.PathPrefix"/>, <see cref="ClientApiOptions.PathPrefix"/>).
    /// When not set, <see cref="Environment"/> chooses it.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Gets or sets a known environment by name: <c>Pre</c> (the vendor's test hosts) or <c>Production</c>. Used when
    /// <see cref="BaseAddress"/> is not set. See <see cref="CmfblEnvironment"/>.
    /// </summary>
    public string? Environment { get; set; }

    /// <summary>Gets or sets the white-label company id sent as the <c>companyId</c> header. Required; the vendor's test company is 439.</summary>
    public long CompanyId { get; set; }

    /// <summary>Gets or sets the <c>lang</c> header: the language of the vendor's messages. The default value is <c>en-US</c>.</summary>
    public string Language { get; set; } = "en-US";

    /// <summary>
    /// Gets or sets the time limit of one call, across all its attempts. The default value is 60 seconds (the server's
    /// own limit per request is 15 s); at most 49 days, the longest a timer waits.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets whether plain <c>http</c> is allowed for a loopback base address (a local fake server in tests).
    /// Anything else must use <c>https</c>. The default value is <see langword="false"/>.
    /// </summary>
    public bool AllowInsecureLoopback { get; set; }

    /// <summary>Gets the Manager API (B side) settings.</summary>
    public ManagerApiOptions ManagerApi { get; init; } = new();

    /// <summary>Gets the Client API (C side) settings.</summary>
    public ClientApiOptions ClientApi { get; init; } = new();

    /// <summary>Gets the Open API settings (the Client API's operations, signed with a customer's API key).</summary>
    public OpenApiOptions OpenApi { get; init; } = new();

    /// <summary>Gets the Bridge API settings (orders on external exchanges, signed with the merchant's API key).</summary>
    public BridgeApiOptions BridgeApi { get; init; } = new();

    /// <summary>Gets the Auth2 API settings (log in with a white-label account): its host and path.</summary>
    public Auth2Options Auth2 { get; init; } = new();

    /// <summary>Gets the push stream settings (quotes, messages, Manager events).</summary>
    public Streams.StreamsOptions Streams { get; init; } = new();
}

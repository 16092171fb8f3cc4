namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>Works out each channel's WebSocket address from the options: the configured one, or the API host with <c>wss</c> (or <c>ws</c> for a plain-http loopback host).</summary>
internal static class StreamAddresses
{
    public static Uri QuoteRoot(CmfblOptions options) =>
        options.Streams.Quotes.Address is { } address
            ? WithTrailingSlash(address)
            : new Uri(ToWebSocket(options.ClientApi.BaseAddress ?? options.BaseAddress ?? Environment(options).ClientBaseAddress), "/apiQuote/");

    public static Uri Quote(CmfblOptions options, QuoteMarket market, bool guest, string? token)
    {
        var path = guest ? "quote_guest" : market == QuoteMarket.Stocks ? "quote_stock" : "quote";
        var address = new Uri(QuoteRoot(options), path);
        return token is null ? address : new Uri(address + "?token=" + Uri.EscapeDataString(token));
    }

    public static Uri? Messages(CmfblOptions options)
    {
        var messages = options.Streams.Messages;
        if (messages.Address is { } address)
        {
            return address;
        }

        return string.IsNullOrEmpty(messages.AppId)
            ? null
            : new Uri(ToWebSocket(options.BaseAddress ?? Environment(options).ManagerBaseAddress), "/openapi-c/openMsg/" + Uri.EscapeDataString(messages.AppId));
    }

    public static Uri ManagerEvents(CmfblOptions options) =>
        options.Streams.ManagerEvents.Address
        ?? new Uri(ToWebSocket(options.ManagerApi.BaseAddress ?? options.BaseAddress ?? Environment(options).ManagerBaseAddress), "/openapi-b/ws");

    private static CmfblEnvironment Environment(CmfblOptions options) => CmfblEnvironment.Find(options.Environment)!;

    private static Uri ToWebSocket(Uri root)
    {
        var builder = new UriBuilder(root)
        {
            Scheme = root.Scheme == Uri.UriSchemeHttp ? Uri.UriSchemeWs : root.Scheme == Uri.UriSchemeHttps ? Uri.UriSchemeWss : root.Scheme,
            Port = root.IsDefaultPort ? -1 : root.Port,
        };
        return builder.Uri;
    }

    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new Uri(address + "/");
}

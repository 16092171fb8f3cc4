using Cmfbl.Sdk.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>The checks of <see cref="StreamsOptions"/>, run as part of the SDK's options validation.</summary>
internal static class StreamsOptionsValidator
{
    public static void Check(StreamsOptions options, bool allowInsecureLoopback, List<string> failures)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckChannel(options.Quotes, "Cmfbl:Streams:Quotes", allowInsecureLoopback, failures);
        CheckChannel(options.Messages, "Cmfbl:Streams:Messages", allowInsecureLoopback, failures);
        CheckChannel(options.ManagerEvents, "Cmfbl:Streams:ManagerEvents", allowInsecureLoopback, failures);
        if (options.Quotes.MaxSymbolsPerConnection is < 1 or > 100)
        {
            failures.Add("Cmfbl:Streams:Quotes:MaxSymbolsPerConnection must be between 1 and 100 (the service's limit per connection).");
        }

        if (options.Quotes.MaxCallsPerSecond is < 1 or > 50)
        {
            failures.Add("Cmfbl:Streams:Quotes:MaxCallsPerSecond must be between 1 and 50 (the service's limit per connection).");
        }

        if (options.Quotes.RequestTimeout <= TimeSpan.Zero || options.Messages.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Cmfbl:Streams:Quotes:RequestTimeout and Cmfbl:Streams:Messages:RequestTimeout must be positive.");
        }

        if (options.ManagerEvents.Group is { } group && string.IsNullOrWhiteSpace(group))
        {
            failures.Add("Cmfbl:Streams:ManagerEvents:Group must not be blank: leave it out, or name a durable consumer unique to this connection.");
        }

        if (options.ReconnectBaseDelay < TimeSpan.Zero || options.ReconnectMaxDelay < options.ReconnectBaseDelay)
        {
            failures.Add("Cmfbl:Streams:ReconnectBaseDelay must not be negative, and Cmfbl:Streams:ReconnectMaxDelay must not be below it.");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero || options.CloseTimeout <= TimeSpan.Zero)
        {
            failures.Add("Cmfbl:Streams:ConnectTimeout and Cmfbl:Streams:CloseTimeout must be positive.");
        }

        if (options.MaxTokenRefusals < 1)
        {
            failures.Add("Cmfbl:Streams:MaxTokenRefusals must be at least 1.");
        }

        CheckTimer(options.Quotes.RequestTimeout, "Cmfbl:Streams:Quotes:RequestTimeout", failures);
        CheckTimer(options.Messages.RequestTimeout, "Cmfbl:Streams:Messages:RequestTimeout", failures);
        CheckTimer(options.ReconnectMaxDelay, "Cmfbl:Streams:ReconnectMaxDelay", failures);
        CheckTimer(options.ConnectTimeout, "Cmfbl:Streams:ConnectTimeout", failures);
        CheckTimer(options.CloseTimeout, "Cmfbl:Streams:CloseTimeout", failures);
    }

    private static void CheckTimer(TimeSpan? wait, string setting, List<string> failures)
    {
        if (wait > CmfblOptionsValidator.LongestTimer)
        {
            failures.Add($"{setting} must be at most 49 days (the longest a timer waits).");
        }
    }

    private static void CheckChannel(StreamChannelOptions channel, string setting, bool allowInsecureLoopback, List<string> failures)
    {
        if (channel.HeartbeatInterval <= TimeSpan.Zero)
        {
            failures.Add($"{setting}:HeartbeatInterval must be positive.");
        }

        if (channel.HeartbeatTimeout is { } timeout && timeout <= channel.HeartbeatInterval)
        {
            failures.Add($"{setting}:HeartbeatTimeout must be longer than HeartbeatInterval (or left out to rely on WebSocket pings).");
        }

        CheckTimer(channel.HeartbeatInterval, $"{setting}:HeartbeatInterval", failures);
        CheckTimer(channel.HeartbeatTimeout, $"{setting}:HeartbeatTimeout", failures);
        if (channel.Capacity < 1)
        {
            failures.Add($"{setting}:Capacity must be at least 1.");
        }

        if (channel.Address is not { } address)
        {
            return;
        }

        if (!address.IsAbsoluteUri)
        {
            failures.Add($"{setting}:Address must be an absolute address such as wss://prewppc-3.cmfbl.com/apiQuote/.");
        }
        else if (address.Scheme == Uri.UriSchemeWs && address.IsLoopback && !allowInsecureLoopback)
        {
            failures.Add($"{setting}:Address uses plain ws on loopback ({address}): set Cmfbl:AllowInsecureLoopback to true for a local test server.");
        }
        else if (address.Scheme != Uri.UriSchemeWss && !(address.Scheme == Uri.UriSchemeWs && address.IsLoopback))
        {
            failures.Add($"{setting}:Address must use wss ({address} does not). Plain ws is allowed only for a loopback test server with Cmfbl:AllowInsecureLoopback.");
        }
    }
}

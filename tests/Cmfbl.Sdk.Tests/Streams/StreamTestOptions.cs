namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>SDK options for stream tests against an in-memory network or the fake.</summary>
internal static class StreamTestOptions
{
    public static CmfblOptions Create(Uri? baseAddress = null)
    {
        var options = new CmfblOptions
        {
            BaseAddress = baseAddress ?? new Uri("http://127.0.0.1:1/"),
            CompanyId = 439,
            AllowInsecureLoopback = true,
        };
        options.Streams.ReconnectBaseDelay = TimeSpan.FromMilliseconds(20);
        options.Streams.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
        options.Streams.Messages.AppId = "fake-app";
        return options;
    }
}

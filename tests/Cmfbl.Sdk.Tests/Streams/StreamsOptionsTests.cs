using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>Stream settings: defaults derived from the API host, validation, configuration binding and registration.</summary>
public sealed class StreamsOptionsTests
{
    [Fact]
    public void Addresses_NotConfigured_AreTheApiHostsWithWss()
    {
        var options = new CmfblOptions { BaseAddress = new Uri("https://prewppc-3.cmfbl.com"), CompanyId = 439 };
        options.Streams.Messages.AppId = "my app";

        Assert.Equal("wss://prewppc-3.cmfbl.com/apiQuote/quote_guest", StreamAddresses.Quote(options, QuoteMarket.CryptoAndForex, guest: true, token: null).ToString());
        Assert.Equal("wss://prewppc-3.cmfbl.com/apiQuote/quote_stock?token=a%2Bb", StreamAddresses.Quote(options, QuoteMarket.Stocks, guest: false, token: "a+b").AbsoluteUri);
        Assert.Equal("wss://prewppc-3.cmfbl.com/openapi-b/ws", StreamAddresses.ManagerEvents(options).ToString());
        Assert.Equal("wss://prewppc-3.cmfbl.com/openapi-c/openMsg/my%20app", StreamAddresses.Messages(options)!.AbsoluteUri);
    }

    [Fact]
    public void Addresses_PreEnvironment_UseEachFamilysHost()
    {
        var options = new CmfblOptions { Environment = "Pre", CompanyId = 439 };
        options.Streams.Messages.AppId = "app";

        Assert.Equal("wss://prewppc-3.cmfbl.com/apiQuote/quote_guest", StreamAddresses.Quote(options, QuoteMarket.CryptoAndForex, guest: true, token: null).ToString());
        Assert.Equal("wss://pre-api-test.cmfbl.com/openapi-b/ws", StreamAddresses.ManagerEvents(options).ToString());
        Assert.Equal("wss://pre-api-test.cmfbl.com/openapi-c/openMsg/app", StreamAddresses.Messages(options)!.ToString());
    }

    [Fact]
    public void Addresses_Configured_AreUsedAsGiven_AndALoopbackHttpHostBecomesWs()
    {
        var options = new CmfblOptions { BaseAddress = new Uri("http://127.0.0.1:5005"), CompanyId = 439, AllowInsecureLoopback = true };
        options.Streams.Quotes.Address = new Uri("wss://quotes.example.com/apiQuote");
        options.Streams.Messages.Address = new Uri("wss://msg.example.com/openapi-c/openMsg/42");

        Assert.Equal("wss://quotes.example.com/apiQuote/quote", StreamAddresses.Quote(options, QuoteMarket.CryptoAndForex, guest: false, token: null).ToString());
        Assert.Equal("wss://msg.example.com/openapi-c/openMsg/42", StreamAddresses.Messages(options)!.ToString());
        Assert.Equal("ws://127.0.0.1:5005/openapi-b/ws", StreamAddresses.ManagerEvents(options).ToString());
    }

    [Theory]
    [InlineData("Quotes:Address", "ws://quotes.example.com/", "must use wss")]
    [InlineData("Quotes:Address", "ws://127.0.0.1:9/", "AllowInsecureLoopback")]
    [InlineData("Quotes:Address", "/apiQuote", "absolute address")]
    [InlineData("Quotes:HeartbeatTimeout", "00:00:05", "longer than HeartbeatInterval")]
    [InlineData("Quotes:HeartbeatInterval", "00:00:00", "HeartbeatInterval must be positive")]
    [InlineData("Quotes:MaxSymbolsPerConnection", "101", "between 1 and 100")]
    [InlineData("Quotes:MaxCallsPerSecond", "51", "between 1 and 50")]
    [InlineData("Messages:Capacity", "0", "Capacity must be at least 1")]
    [InlineData("ManagerEvents:Group", " ", "must not be blank")]
    [InlineData("ReconnectMaxDelay", "00:00:00.1", "ReconnectMaxDelay must not be below it")]
    [InlineData("CloseTimeout", "00:00:00", "CloseTimeout must be positive")]
    [InlineData("MaxTokenRefusals", "0", "MaxTokenRefusals must be at least 1")]
    [InlineData("ConnectTimeout", "60.00:00:00", "ConnectTimeout must be at most 49 days")]
    [InlineData("ReconnectMaxDelay", "60.00:00:00", "ReconnectMaxDelay must be at most 49 days")]
    [InlineData("Quotes:HeartbeatTimeout", "60.00:00:00", "HeartbeatTimeout must be at most 49 days")]
    [InlineData("Messages:RequestTimeout", "60.00:00:00", "RequestTimeout must be at most 49 days")]
    public void AddCmfblSdk_BadStreamSetting_FailsAtStartNamingIt(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cmfbl:BaseAddress"] = "https://api.example.com",
            ["Cmfbl:CompanyId"] = "439",
            ["Cmfbl:Streams:" + key] = value,
        }).Build();
        using var provider = new ServiceCollection().AddCmfblSdk(configuration.GetSection("Cmfbl")).Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CmfblOptions>>().Value);

        Assert.Contains("Cmfbl:Streams:" + key.Split(':')[0], exception.Message, StringComparison.Ordinal);
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCmfblSdk_BindsStreamSettingsFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cmfbl:BaseAddress"] = "https://api.example.com",
            ["Cmfbl:CompanyId"] = "439",
            ["Cmfbl:Streams:ManagerEvents:Group"] = "crm",
            ["Cmfbl:Streams:Quotes:Capacity"] = "64",
            ["Cmfbl:Streams:Messages:HeartbeatTimeout"] = "00:01:00",
        }).Build();
        using var provider = new ServiceCollection().AddCmfblSdk(configuration.GetSection("Cmfbl")).Services.BuildServiceProvider();

        var streams = provider.GetRequiredService<IOptions<CmfblOptions>>().Value.Streams;

        Assert.Equal("crm", streams.ManagerEvents.Group);
        Assert.Equal(64, streams.Quotes.Capacity);
        Assert.Equal(TimeSpan.FromMinutes(1), streams.Messages.HeartbeatTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), streams.Quotes.HeartbeatTimeout);
        Assert.Null(streams.ManagerEvents.HeartbeatTimeout);
    }

    [Fact]
    public async Task AddCmfblSdk_RegistersTheStreams_SharedWithCmfblStreams()
    {
        await using var provider = new ServiceCollection()
            .AddCmfblSdk(o => { o.BaseAddress = new Uri("https://api.example.com"); o.CompanyId = 439; })
            .Services.BuildServiceProvider();

        var streams = provider.GetRequiredService<ICmfblStreams>();

        Assert.Same(streams.GuestQuotes, provider.GetRequiredService<IQuoteStream>());
        Assert.Same(streams.ManagerEvents, provider.GetRequiredService<IManagerEventStream>());
        Assert.Null(streams.GuestQuotes.State);
    }

    [Fact]
    public void CreateMessageStream_NoAddressOrAppId_SaysWhichSettingToSet()
    {
        using var client = CmfblClient.Create(new CmfblOptions { BaseAddress = new Uri("https://api.example.com"), CompanyId = 439 });
        var credentials = StreamCredentials.FromTokenProvider(_ => Task.FromResult("t"));

        var exception = Assert.Throws<InvalidOperationException>(() => client.Streams.CreateMessageStream(credentials));

        Assert.Contains("Cmfbl:Streams:Messages:AppId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateQuoteStream_GuestForStocks_IsRefused()
    {
        using var client = CmfblClient.Create(new CmfblOptions { BaseAddress = new Uri("https://api.example.com"), CompanyId = 439 });

        Assert.Throws<ArgumentException>(() => client.Streams.CreateQuoteStream(StreamCredentials.Guest, QuoteMarket.Stocks));
    }

    [Fact]
    public void StreamCredentials_ToString_NeverShowsAToken()
    {
        var credentials = StreamCredentials.FromTokenProvider(_ => Task.FromResult("secret-token"));

        Assert.Equal("Token provider", credentials.ToString());
        Assert.Equal("Guest", StreamCredentials.Guest.ToString());
        Assert.True(StreamCredentials.Guest.IsGuest);
    }

    [Fact]
    public void SubscribeAsync_BadSubscription_IsRefusedBeforeAnythingIsSent()
    {
        using var client = CmfblClient.Create(new CmfblOptions { BaseAddress = new Uri("https://api.example.com"), CompanyId = 439 });
        var quotes = client.Streams.GuestQuotes;
        var btc = new QuoteSymbol(1, Cmfbl.Sdk.Models.TradeType.ContractCross);

        Assert.Throws<ArgumentException>(() => quotes.SubscribeAsync(new QuoteSubscription { Symbols = [] }));
        Assert.Throws<ArgumentException>(() => quotes.SubscribeAsync(new QuoteSubscription { Symbols = [btc, btc] }));
        Assert.Throws<ArgumentException>(() => quotes.SubscribeAsync(new QuoteSubscription { Symbols = [btc], Channels = QuoteChannels.None }));
        Assert.Throws<ArgumentException>(() => quotes.SubscribeAsync(new QuoteSubscription { Symbols = [btc], Channels = QuoteChannels.Market, DepthLevel = 11 }));
        Assert.Null(quotes.State);
    }
}

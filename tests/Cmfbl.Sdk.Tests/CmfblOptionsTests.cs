using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.Tests;

/// <summary>Options are checked at start, with messages that say which setting to fix.</summary>
public sealed class CmfblOptionsTests
{
    [Fact]
    public void Create_PlainHttpToARemoteHost_FailsAndSaysHttpsIsRequired()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(Valid(o => o.BaseAddress = new Uri("http://api.example.com"))));

        Assert.Contains("must use https", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PlainHttpOnLoopback_NeedsTheExplicitSwitch()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(Valid(o => o.BaseAddress = new Uri("http://127.0.0.1:5000"))));
        Assert.Contains("AllowInsecureLoopback", exception.Message, StringComparison.Ordinal);

        using var client = CmfblClient.Create(Valid(o => { o.BaseAddress = new Uri("http://127.0.0.1:5000"); o.AllowInsecureLoopback = true; })); // accepted: no exception
    }

    [Fact]
    public void Create_NoCompanyId_Fails()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(Valid(o => o.CompanyId = 0)));

        Assert.Contains("CompanyId is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AppIdWithoutSecret_Fails()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(Valid(o => o.ManagerApi.AppSecret = null)));

        Assert.Contains("AppId and Cmfbl:ManagerApi:AppSecret go together", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoAddress_NamesBothWaysToGiveOne()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(Valid(o => o.BaseAddress = null)));

        Assert.Contains("BaseAddress is required", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Environment", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownEnvironment_Fails()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(Valid(o => { o.BaseAddress = null; o.Environment = "Staging"; })));

        Assert.Contains("'Staging' is not known", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadPathPrefix_Fails()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(Valid(o => o.ManagerApi.PathPrefix = "openapi-b")));

        Assert.Contains("PathPrefix must start and end with '/'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCmfblSdk_FromConfigurationSection_BindsEveryFamilySetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cmfbl:Environment"] = "Pre",
            ["Cmfbl:CompanyId"] = "439",
            ["Cmfbl:Language"] = "zh-CN",
            ["Cmfbl:Timeout"] = "00:00:30",
            ["Cmfbl:ManagerApi:AppId"] = "id",
            ["Cmfbl:ManagerApi:AppSecret"] = "secret",
            ["Cmfbl:ManagerApi:PathPrefix"] = "/openapi-b/global/",
        }).Build();
        var services = new ServiceCollection();

        services.AddCmfblSdk(configuration.GetSection("Cmfbl"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<CmfblOptions>>().Value;

        Assert.Equal("Pre", options.Environment);
        Assert.Equal(439, options.CompanyId);
        Assert.Equal("zh-CN", options.Language);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal("secret", options.ManagerApi.AppSecret);
        Assert.Equal("/openapi-b/global/", options.ManagerApi.PathPrefix);
        _ = provider.GetRequiredService<IWhiteCustomerAdminApiService>(); // the services build from the bound options
    }

    [Fact]
    public void AddCmfblSdk_ReturnsBuilder_ExposingTheManagerHttpClient()
    {
        var services = new ServiceCollection();

        var builder = services.AddCmfblSdk(o => { o.Environment = "Production"; o.CompanyId = 1; });

        Assert.Same(services, builder.Services);
        Assert.Equal("Cmfbl.ManagerApi", builder.ManagerApi.Name);
    }

    [Fact]
    public void Environments_ArePresetsOfHttpsHosts()
    {
        Assert.Equal(new Uri("https://pre-api-test.cmfbl.com/"), CmfblEnvironment.Pre.ManagerBaseAddress);
        Assert.Equal(new Uri("https://prewppc-3.cmfbl.com/"), CmfblEnvironment.Pre.ClientBaseAddress);
        Assert.Same(CmfblEnvironment.Production, CmfblEnvironment.Find("production"));
    }

    [Fact]
    public void ManagerApiOptions_ToString_HidesTheSecret()
    {
        var options = new ManagerApiOptions { AppId = "visible-id", AppSecret = "hidden-secret" };

        Assert.Contains("visible-id", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-secret", options.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Options that pass the SDK's checks, then <paramref name="change"/>.</summary>
    internal static CmfblOptions Valid(Action<CmfblOptions> change)
    {
        var options = new CmfblOptions { BaseAddress = new Uri("https://api.example.com"), CompanyId = 439 };
        options.ManagerApi.AppId = "id";
        options.ManagerApi.AppSecret = "secret";
        change(options);
        return options;
    }
}

using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class QuoteTokenTests
{
    [Fact]
    public async Task GetDepthTicks_WithoutAQuoteToken_IsRefusedBeforeAnythingIsSent()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        var services = new ServiceCollection();
        services.AddCmfblSdk(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.CompanyId = server.CompanyId;
            o.AllowInsecureLoopback = true;
        });
        await using var provider = services.BuildServiceProvider();
        var quotes = provider.GetRequiredService<Cmfbl.Sdk.ManagerApi.IQuoteService>();

        var error = await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => quotes.GetDepthTicksAsync(new QuoteSymbolsRequest { Symbols = [new QuoteSymbolsRequestSymbol { Code = "BTCUSDT" }] }));

        Assert.Contains("ManagerApi.QuoteToken", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Journal);
    }
}

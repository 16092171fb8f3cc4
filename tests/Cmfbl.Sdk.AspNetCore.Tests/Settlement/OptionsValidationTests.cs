using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.AspNetCore.Tests.Settlement;

/// <summary>Misconfiguration fails when the host starts, with a message that names the setting.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public async Task AddCmfblExternalSettlement_WithoutCompanyId_FailsAtStartNamingIt()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = await ReceiverHost.StartAsync(
                services => services.AddCmfblExternalSettlement<LedgerHandler>(o => o.HandlerDeadline = TimeSpan.Zero).AddSingleton(new Ledger()),
                app => app.MapCmfblExternalSettlement("/s"));
        });

        Assert.Contains("ExternalSettlementOptions.CompanyId", error.Message, StringComparison.Ordinal);
        Assert.Contains("ExternalSettlementOptions.HandlerDeadline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapCmfblExternalSettlement_WithoutRegistration_SaysWhatToCall()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var host = await ReceiverHost.StartAsync(_ => { }, app => app.MapCmfblExternalSettlement("/s"));
        });

        Assert.Contains("AddCmfblExternalSettlement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCmfblMessageChannel_WithoutAKey_FailsAtStartup()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await ReceiverHost.StartAsync(
                services => services.AddCmfblMessageChannel<Messages.RecordingMessageHandler>(_ => { }),
                app => app.MapCmfblMessageChannel("/m"));
        });

        Assert.Contains("MessageChannelOptions.PrivateKey", error.Message, StringComparison.Ordinal);
    }
}

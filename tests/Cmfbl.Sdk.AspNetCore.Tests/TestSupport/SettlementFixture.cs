using Cmfbl.Sdk.AspNetCore.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>Starts a receiver host with the settlement endpoints mapped at <see cref="SettlementWire.Prefix"/> and the test ledger.</summary>
public static class SettlementFixture
{
    public static Task<ReceiverHost> StartAsync(
        Ledger ledger,
        Action<Cmfbl.Sdk.AspNetCore.Settlement.ExternalSettlementOptions>? configure = null,
        Action<IServiceCollection>? services = null) =>
        ReceiverHost.StartAsync(
            collection =>
            {
                collection.AddSingleton(ledger);
                collection.AddCmfblExternalSettlement<LedgerHandler>(options =>
                {
                    options.CompanyId = SettlementWire.CompanyId;
                    configure?.Invoke(options);
                });
                services?.Invoke(collection);
            },
            app => app.MapCmfblExternalSettlement("/cmfbl/settlement"));

    public static ISettlementIdempotencyStore Store(this ReceiverHost host) => host.Services.GetRequiredService<ISettlementIdempotencyStore>();
}

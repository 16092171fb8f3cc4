namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>Every contract test shares one WireMock.Net server, and they run one class at a time (they share its journal).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WireMockCollection : ICollectionFixture<WireMockFixture>
{
    public const string Name = "WireMock";
}

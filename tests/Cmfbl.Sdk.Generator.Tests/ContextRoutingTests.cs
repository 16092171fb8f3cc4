using Cmfbl.Sdk.Generator.Emit;

namespace Cmfbl.Sdk.Generator.Tests;

/// <summary>Which family's JSON context a type name goes to (the rule CmfblJsonResolver applies to types at run time).</summary>
public sealed class ContextRoutingTests
{
    [Theory]
    [InlineData("Cmfbl.Sdk.ManagerApi.Models.CustomerRecord", "Manager")]
    [InlineData("PagedResult<Cmfbl.Sdk.ManagerApi.Models.CustomerRecord>", "Manager")]
    [InlineData("IReadOnlyList<Cmfbl.Sdk.ClientApi.Trading.Models.PositionDetail>", "Client")]
    [InlineData("IReadOnlyDictionary<string, Cmfbl.Sdk.Auth2.Models.Auth2User>", "Auth2")]
    [InlineData("Cmfbl.Sdk.ClientApi.Models.VerificationCodeType?", "Client")]
    [InlineData("IReadOnlyDictionary<Cmfbl.Sdk.ManagerApi.Models.TradeKind, Cmfbl.Sdk.ClientApi.Models.Account>", "Manager")]
    [InlineData("My.Cmfbl.Sdk.ManagerApi.X<Cmfbl.Sdk.ClientApi.Models.Account>", "Client")] // the first is inside another name
    [InlineData("My.Cmfbl.Sdk.ManagerApi.X<Cmfbl.Sdk.ManagerApi.Models.Y>", "Manager")] // so is the first occurrence, not the second
    [InlineData("Cmfbl.Sdk.Models.CustomerProfile", null)]
    [InlineData("IReadOnlyList<long>", null)]
    [InlineData("Cmfbl.Sdk.ManagerApiExtras.Thing", null)] // not at a namespace boundary
    public async Task OwnerOf_TypeName_IsTheFirstFamilyItNames(string type, string? family)
    {
        var families = (await GeneratorRun.LoadAsync(Repository.Root)).Families;

        Assert.Equal(family, ContextEmitter.OwnerOf(type, families)?.Name);
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class CmfblJsonResolverTests
{
    private static readonly JsonSerializerContext[] Contexts =
        [CmfblJsonContext.Default, ManagerJsonContext.Default, ClientJsonContext.Default, Auth2JsonContext.Default];

    /// <summary>Every type some context holds, with the context that holds it.</summary>
    public static TheoryData<string, Type> HeldTypes()
    {
        var data = new TheoryData<string, Type>();
        foreach (var context in Contexts)
        {
            foreach (var property in context.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
                {
                    data.Add(context.GetType().Name, property.PropertyType.GetGenericArguments()[0]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HeldTypes))]
    public void OwnerOf_EveryTypeAnyContextHolds_IsHeldByItsOwner(string heldBy, Type type)
    {
        // A type its owner does not hold is still found (in the other contexts), but only after their type lookups are
        // compiled too: the split would cost what it saves. common.yaml's jsonTypes put a shared type in the common context.
        IJsonTypeInfoResolver owner = CmfblJsonResolver.OwnerOf(type) ?? CmfblJsonContext.Default;

        Assert.True(
            owner.GetTypeInfo(type, CmfblJsonResolver.Options) is not null,
            $"{type} (held by {heldBy}) belongs to {owner.GetType().Name}, which does not hold it.");
    }

    [Theory]
    [InlineData(typeof(CustomerRecord), typeof(ManagerJsonContext))]
    [InlineData(typeof(PagedResult<CustomerRecord>), typeof(ManagerJsonContext))]
    [InlineData(typeof(IReadOnlyList<CustomerGroup>), typeof(ManagerJsonContext))]
    [InlineData(typeof(CustomerGroup[]), typeof(ManagerJsonContext))]
    [InlineData(typeof(ClientCustomerGroup), typeof(ClientJsonContext))]
    [InlineData(typeof(Cmfbl.Sdk.Auth2.Models.Auth2User), typeof(Auth2JsonContext))]
    public void OwnerOf_FamilyTypeOrGenericOverOne_IsThatFamilysContext(Type type, Type context) =>
        Assert.IsType(context, CmfblJsonResolver.OwnerOf(type));

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(long?))]
    [InlineData(typeof(CustomerProfile))]
    [InlineData(typeof(IReadOnlyList<TradingAccount>))]
    public void OwnerOf_SharedType_IsTheCommonContext(Type type) => Assert.Null(CmfblJsonResolver.OwnerOf(type));

    [Fact]
    public void Options_AreTheCommonContextsOverTheResolver()
    {
        var options = CmfblJsonResolver.Options;

        Assert.Same(CmfblJsonResolver.Instance, options.TypeInfoResolver);
        Assert.True(options.IsReadOnly);
        Assert.Equal(Describe(CmfblJsonContext.Default.Options), Describe(options));
    }

    [Fact]
    public void FamilyContexts_RepeatTheCommonContextsOptions()
    {
        // The generator copies the common context's [JsonSourceGenerationOptions]; a family context with other
        // options would read its types differently when a test or a caller uses it on its own.
        var common = Describe(CmfblJsonContext.Default.Options);

        Assert.All(Contexts, context => Assert.Equal(common, Describe(context.Options)));
    }

    [Fact]
    public void GetTypeInfo_TypeNoContextHolds_IsNull() =>
        Assert.Null(CmfblJsonResolver.Instance.GetTypeInfo(typeof(CmfblJsonResolverTests), CmfblJsonResolver.Options));

    [Fact]
    public void Deserialize_ManagerPageThroughTheResolver_ReadsRecordsAndSharedTypes()
    {
        var page = JsonSerializer.Deserialize<PagedResult<CustomerRecord>>(
            """{"current": 1, "size": 20, "total": "1", "records": {"id": "7", "customerNo": "86000020"}}""",
            CmfblJsonResolver.Options);

        var record = Assert.Single(page!.Records);
        Assert.Equal(7L, record.Id);
        Assert.Equal("86000020", record.CustomerNo);
    }

    private static string Describe(JsonSerializerOptions options) => string.Join(
        "; ",
        options.PropertyNamingPolicy?.GetType().Name,
        options.PropertyNameCaseInsensitive,
        options.DefaultIgnoreCondition,
        options.NumberHandling,
        string.Join(",", options.Converters.Select(static c => c.GetType().FullName)));
}

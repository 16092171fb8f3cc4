using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Models;

/// <summary>The mechanical rules of src/Cmfbl.Sdk/Models/README.md, checked over every type in a *.Models namespace.</summary>
public class ModelConventionTests
{
    private static readonly Type[] ModelTypes = typeof(CustomerProfile).Assembly.GetExportedTypes()
        .Where(t => t.Namespace is { } ns && ns.StartsWith("Cmfbl.Sdk", StringComparison.Ordinal) && ns.EndsWith(".Models", StringComparison.Ordinal))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    private static readonly string[] SecretWireNames = ["appSecret", "token", "rToken", "pwd", "password", "verifyCode", "googleCode"];

    // Records read by a converter of their own (for example LoginResult, which splits a flat object) are left out:
    // their wire names live in the converter, and their own tests pin them.
    public static TheoryData<Type> RecordTypes => [.. ModelTypes.Where(t => t.IsClass && !t.IsDefined(typeof(JsonConverterAttribute), inherit: false))];

    public static TheoryData<Type> EnumTypes => [.. ModelTypes.Where(t => t.IsEnum)];

    public static TheoryData<Type> AllTypes => [.. ModelTypes];

    [Fact]
    public void ModelTypes_AreFound() => Assert.True(ModelTypes.Length >= 20, $"found {ModelTypes.Length}");

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void ModelType_IsSealedRecordReadonlyStructOrEnum(Type type)
    {
        if (type.IsEnum)
        {
            return;
        }

        if (type.IsValueType)
        {
            Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute)), $"{type} must be a readonly struct");
            return;
        }

        Assert.True(type.IsSealed, $"{type} must be sealed");
        Assert.NotNull(type.GetMethod("<Clone>$")); // records only
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void ModelType_IsInTheJsonContexts(Type type)
    {
        Assert.NotNull(CmfblJsonResolver.Options.GetTypeInfo(type));
    }

    /// <summary>
    /// Requests are built by the caller and stay immutable (init-only). Answers are filled by the JSON source
    /// generator, which can only set them in place through a setter (init-only sends it down a boxing constructor
    /// path; see <c>PublicApiConventionTests.ResponseModels_HaveNoInitOnlyProperties</c>).
    /// </summary>
    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void RecordProperties_HaveWireName_RequestsInitOnly_AnswersSettable(Type type)
    {
        var isRequest = RequestTypes.Value.Contains(type);

        // A request body is init-only; a part nested in one may also be settable (TradeTypeCurrency is older than the rule),
        // and a model read and written both ways stays settable.
        var both = isRequest && (AnswerTypes.Value.Contains(type) || !type.Name.EndsWith("Request", StringComparison.Ordinal));
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(property.IsDefined(typeof(JsonPropertyNameAttribute)), $"{type.Name}.{property.Name} needs [JsonPropertyName]");
            if (property.SetMethod is { } setter)
            {
                var initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(both || initOnly == isRequest, $"{type.Name}.{property.Name} must be {(isRequest ? "init-only" : "settable")}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void RecordCollections_AreReadOnlyLists(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var t = property.PropertyType;
            if (t == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(t))
            {
                continue;
            }

            // A map keyed by codes (the spec's additionalProperties) is a read-only dictionary with text keys.
            var isList = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
            var isMap = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && t.GetGenericArguments()[0] == typeof(string);
            Assert.True(isList || isMap, $"{type.Name}.{property.Name} must be IReadOnlyList<T> (or IReadOnlyDictionary<string, T> for a map)");
        }
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void NonNullableCollections_ReadAsEmpty_WhenMissingFromJson(Type type)
    {
        var lists = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Where(p => new NullabilityInfoContext().Create(p).ReadState == NullabilityState.NotNull)
            .ToArray();
        if (lists.Length == 0 || type.GetProperties().Any(p => p.IsDefined(typeof(RequiredMemberAttribute))))
        {
            return;
        }

        var value = JsonSerializer.Deserialize("{}", CmfblJsonResolver.Options.GetTypeInfo(type)!);
        foreach (var list in lists)
        {
            Assert.NotNull(list.GetValue(value));
        }
    }

    /// <summary>Request models: the bodies of service methods and every model reachable from one (built by the caller, init-only).</summary>
    private static readonly Lazy<HashSet<Type>> RequestTypes = new(() => Reachable(typeof(CmfblOptions).Assembly.GetTypes()
        .Where(static t => t.IsInterface && t.IsPublic)
        .SelectMany(static t => t.GetMethods())
        .SelectMany(static m => m.GetParameters())
        .Where(static p => p.IsDefined(typeof(Refit.BodyAttribute)))
        .Select(static p => p.ParameterType)));

    /// <summary>Answer models: what service methods return, and every model reachable from one.</summary>
    private static readonly Lazy<HashSet<Type>> AnswerTypes = new(() => Reachable(typeof(CmfblOptions).Assembly.GetTypes()
        .Where(static t => t.IsInterface && t.IsPublic)
        .SelectMany(static t => t.GetMethods())
        .Select(static m => m.ReturnType)
        .Where(static t => t.IsGenericType)
        .Select(static t => t.GetGenericArguments()[0])
        .Select(static t => t.IsGenericType ? t.GetGenericArguments()[0] : t)));

    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (!found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties())
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var item = propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType;
                if (item.Assembly == typeof(CmfblOptions).Assembly && item.IsClass)
                {
                    pending.Push(item);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A field named <c>*Time</c> is an instant (Unix milliseconds, a <see cref="DateTimeOffset"/>), and a
    /// <see cref="DateTimeOffset"/> is named <c>*Time</c>, unless an overlay decided the field's type with its reason
    /// (a time of day, a duration, a "09:00-17:00" schedule, a 0/1 flag): then it has exactly that type.
    /// </summary>
    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void TimeProperties_AreDateTimeOffsets(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var wire = property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;
            if (wire.EndsWith("Time", StringComparison.Ordinal) && OverlayDecisions.TypeOf(type.Name, wire) is { } decision)
            {
                AssertDecided(type, property, wire, decision.Type, decision.Reason);
                continue;
            }

            Assert.True(
                wire.EndsWith("Time", StringComparison.Ordinal) == (property.PropertyType == typeof(DateTimeOffset?)),
                $"{type.Name}.{property.Name} ({wire}) is a {property.PropertyType.Name}: a *Time field is a DateTimeOffset unless spec/overlay decides its type with the reason (models.{type.Name}.fields.{wire}).");
        }
    }

    /// <summary>
    /// A password field carries the MD5 of the password (<see cref="Md5Password"/>), unless an overlay decided the
    /// field's type with its reason (a card's trade password, sent as typed).
    /// </summary>
    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void PasswordProperties_AreMd5Passwords(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var wire = property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;
            if (wire is not ("pwd" or "loginPwd" or "password" or "newPwd" or "oldPwd" or "fundPwd"))
            {
                continue;
            }

            if (OverlayDecisions.TypeOf(type.Name, wire) is { } decision)
            {
                AssertDecided(type, property, wire, decision.Type, decision.Reason);
                continue;
            }

            Assert.Equal(typeof(Md5Password), property.PropertyType);
        }
    }

    private static void AssertDecided(Type type, PropertyInfo property, string wire, string decided, string? reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason), $"spec/overlay decides the type of {type.Name}.{wire} without its reason.");
        Assert.True(OverlayDecisions.Names(decided, property.PropertyType), $"spec/overlay decides that {type.Name}.{wire} is a {decided}, but {property.Name} is a {property.PropertyType.Name}: regenerate.");
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void SecretStrings_AreNotPrintedByToString(Type type)
    {
        var secrets = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && SecretWireNames.Contains(p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name))
            .ToArray();
        if (secrets.Length == 0)
        {
            return;
        }

        var value = Activator.CreateInstance(type)!;
        foreach (var property in secrets)
        {
            property.SetValue(value, "secret-" + property.Name);
        }

        var text = value.ToString()!;
        foreach (var property in secrets)
        {
            Assert.DoesNotContain("secret-" + property.Name, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Enum_UsesTolerantConverter(Type type)
    {
        var attribute = type.GetCustomAttribute<JsonConverterAttribute>();

        Assert.Equal(typeof(TolerantEnumConverter<>).MakeGenericType(type), attribute?.ConverterType);
        Assert.Equal(typeof(int), Enum.GetUnderlyingType(type));
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Enum_EveryMember_RoundTripsAsNumberAndNumericString(Type type)
    {
        var info = CmfblJsonResolver.Options.GetTypeInfo(type)!;
        foreach (var member in Enum.GetValues(type))
        {
            var code = Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture);
            var json = JsonSerializer.Serialize(member, info);

            Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), json);
            Assert.Equal(member, JsonSerializer.Deserialize(json, info));
            Assert.Equal(member, JsonSerializer.Deserialize($"\"{code}\"", info));
        }
    }
}

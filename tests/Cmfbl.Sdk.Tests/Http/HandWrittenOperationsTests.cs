using System.Reflection;
using Cmfbl.Sdk.BridgeApi;
using Cmfbl.Sdk.BridgeApi.Internal;
using Cmfbl.Sdk.ClientApi.CreditCards.Internal;
using Cmfbl.Sdk.ClientApi.Internal;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Internal;
using Cmfbl.Sdk.Pagination;
using Refit;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>
/// The hand-written interfaces' operations are written out as data (nothing is reflected at start-up); here they are
/// checked against what each method declares: its <c>[Post]</c> path, <c>[Headers]</c> version, <c>[CmfblOperation]</c>,
/// return type and header parameters.
/// </summary>
public sealed class HandWrittenOperationsTests
{
    public static TheoryData<string, Type> HandWritten() => new()
    {
        { "Manager", typeof(ICompanyWebhookService) },
        { "Manager", typeof(IManagerTokenService) },
        { "Client", typeof(ILogoutApi) },
        { "Client", typeof(ICreditCardUploadApi) },
        { "OpenApi", typeof(ICreditCardUploadApi) },
        { "Bridge", typeof(IBridgeCustomerService) },
        { "Bridge", typeof(IExchangeAccountService) },
        { "Bridge", typeof(IDirectOrderService) },
        { "Bridge", typeof(IBridgeWebhookService) },
    };

    [Theory]
    [MemberData(nameof(HandWritten))]
    public void Entry_EveryMethod_MatchesWhatTheMethodDeclares(string family, Type service)
    {
        var table = family switch
        {
            "Manager" => ManagerOperations.Table(),
            "Client" => ClientOperations.ClientTable(),
            "OpenApi" => ClientOperations.OpenApiTable(),
            _ => BridgeOperations.Table(),
        };
        var nullability = new NullabilityInfoContext();
        var methods = service.GetMethods().Where(static m => m.GetCustomAttribute<HttpMethodAttribute>() is not null).ToArray();

        Assert.NotEmpty(methods);
        Assert.All(methods, method =>
        {
            var http = method.GetCustomAttribute<HttpMethodAttribute>()!;
            var declared = method.GetCustomAttribute<CmfblOperationAttribute>()!;
            var (answer, nullable) = Answer(method, nullability);
            var entry = table.Find(service, method.Name);

            Assert.NotNull(entry);
            Assert.Equal(http.Path[(http.Path.LastIndexOf('/') + 1)..], entry.BizType);
            Assert.Equal(declared.Kind, entry.Kind);
            Assert.Equal(declared.Auth, entry.Auth);
            Assert.Equal(table.Family, entry.Family);
            Assert.Equal(Version(method), entry.Version);
            Assert.Equal(answer, entry.Answer);
            Assert.Equal(nullable, entry.AnswerNullable);
            Assert.Equal(HeaderParameters(method), entry.HeaderParameters);
        });
    }

    [Fact]
    public void Entry_AddDirectOrder_IsRetriedOnlyWithItsClientOrderId()
    {
        var order = BridgeOperations.Table().Find(typeof(IDirectOrderService), nameof(IDirectOrderService.AddDirectOrderAsync))!;

        Assert.Equal(["clientOrderId"], order.KeyFields);
        Assert.Contains("clientOrderId", order.OutcomeCheck, StringComparison.Ordinal);
    }

    private static string Version(MethodInfo method) =>
        method.GetCustomAttribute<HeadersAttribute>()?.Headers
            .Select(static header => header.Split(':', 2))
            .Where(static parts => parts.Length == 2 && parts[0].Trim().Equals(HeaderNames.Version, StringComparison.OrdinalIgnoreCase))
            .Select(static parts => parts[1].Trim())
            .FirstOrDefault() ?? "0.0.1";

    private static string[] HeaderParameters(MethodInfo method) => method.GetParameters()
        .Select(static parameter => parameter.GetCustomAttribute<PropertyAttribute>()?.Key)
        .OfType<string>()
        .Where(static key => key.StartsWith(HeaderNames.PropertyPrefix, StringComparison.Ordinal))
        .ToArray();

    /// <summary>What the method's <c>Task&lt;T&gt;</c> says about <c>data</c>: its shape, and whether it may be absent (<c>T?</c>).</summary>
    private static (AnswerShape Shape, bool Nullable) Answer(MethodInfo method, NullabilityInfoContext nullability)
    {
        var returns = method.ReturnType;
        if (!returns.IsGenericType || returns.GetGenericTypeDefinition() != typeof(Task<>))
        {
            return (AnswerShape.None, true);
        }

        var type = returns.GetGenericArguments()[0];
        if (type == typeof(System.Text.Json.JsonElement))
        {
            return (AnswerShape.None, true);
        }

        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return (AnswerShape.Scalar, true);
        }

        var nullable = !type.IsValueType && nullability.Create(method.ReturnParameter).GenericTypeArguments[0].ReadState == NullabilityState.Nullable;
        var shape = type == typeof(string) ? AnswerShape.Text
            : type.IsValueType ? AnswerShape.Scalar
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedResult<>) ? AnswerShape.Page
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? AnswerShape.List
            : AnswerShape.Model;
        return (shape, nullable);
    }
}

using System.Globalization;
using System.Reflection;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>
/// The trading service's codes: every business rejection (<c>CFDWBWE…</c>) is a <see cref="CmfblApiException"/> whose
/// message says what it means and that nothing was executed; its system error (<c>CFDWBW500</c>) may have run. Each is
/// recognised whether the wire carries the catalogue's whole key or the code with the module in <c>bizCode</c>.
/// </summary>
public sealed class TradeErrorCodeTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string AddCustomer = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";

    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1));

    public void Dispose() => _sdk.Dispose();

    private static readonly string[] Rejections = [.. Enumerable.Range(1, 29).Select(n => string.Create(CultureInfo.InvariantCulture, $"CFDWBWE{n:000000}"))];

    public static TheoryData<string> RejectionCodes => [.. Rejections];

    [Fact]
    public void Constants_NameEveryCodeOfTheCatalogue_Once()
    {
        var trade = typeof(CmfblErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(code => code.StartsWith("CFDWBW", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["CFDWBW500", .. Rejections], trade.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RejectionCodes))]
    public void Rejection_IsABusinessError_WithAMeaning_InEitherWireForm(string code)
    {
        var whole = new CmfblApiError(code, "O", "refused", null);
        var split = new CmfblApiError(code["CFDWBW".Length..], "CFDWBW", "refused", null);

        Assert.Equal(ErrorCategory.Business, ErrorCodeTable.Classify(whole));
        Assert.Equal(ErrorCategory.Business, ErrorCodeTable.Classify(split));
        Assert.NotNull(ErrorCodeTable.TradeRejection(whole));
        Assert.Equal(ErrorCodeTable.TradeRejection(whole), ErrorCodeTable.TradeRejection(split));
    }

    [Theory]
    [InlineData("CFDWBW500", "O")]
    [InlineData("500", "CFDWBW")]
    public void SystemError_MayHaveExecuted_InEitherWireForm(string code, string bizCode) =>
        Assert.Equal(ErrorCategory.MayHaveExecuted, ErrorCodeTable.Classify(new CmfblApiError(code, bizCode, "System Exception", null)));

    [Theory]
    [InlineData("E000009", "O")] // the same code from another module is not the trading service's
    [InlineData("CUSTOMER_API_0000106", "US")]
    public void OtherCodes_HaveNoTradeMeaning(string code, string bizCode) =>
        Assert.Null(ErrorCodeTable.TradeRejection(new CmfblApiError(code, bizCode, null, null)));

    [Theory]
    [InlineData(CmfblErrorCodes.OpenApiSignatureInvalid, nameof(ErrorCategory.Authentication))]
    [InlineData(CmfblErrorCodes.OpenApiOutsideTimeWindow, nameof(ErrorCategory.Authentication))] // refused before the operation ran; the SDK re-syncs its clock and re-signs once
    [InlineData(CmfblErrorCodes.OpenApiKeyNotFound, nameof(ErrorCategory.Authentication))]
    [InlineData(CmfblErrorCodes.OpenApiPermissionDenied, nameof(ErrorCategory.Authentication))]
    [InlineData(CmfblErrorCodes.OpenApiTooManyRequests, nameof(ErrorCategory.RateLimited))]
    [InlineData(CmfblErrorCodes.OpenApiKeyExpired, nameof(ErrorCategory.Authentication))]
    [InlineData(CmfblErrorCodes.OpenApiIpNotAllowed, nameof(ErrorCategory.Authentication))]
    public void OpenApiCodes_HaveTheirCategory(string code, string expected) =>
        Assert.Equal(expected, ErrorCodeTable.Classify(new CmfblApiError(code, null, null, null)).ToString());

    [Theory]
    [InlineData("CFDWBWE000009", "O")]
    [InlineData("E000009", "CFDWBW")]
    public async Task UnsafeWrite_Rejected_IsApiException_SaysNothingWasExecuted_SentOnce(string code, string bizCode)
    {
        _sdk.Stub.OnJson(AddCustomer, Envelope.Error(code, bizCode, msg: "Stop-loss price is out of the allowed range"));

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Equal(code, exception.Code);
        Assert.True(exception.HasCode(CmfblErrorCodes.TradeStopLossOutOfRange));
        Assert.Contains("stop-loss is outside the allowed range", exception.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was executed", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Stop-loss price is out of the allowed range", exception.Message, StringComparison.Ordinal); // the vendor's own words stay
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Fact]
    public async Task Read_Rejected_IsNotRetried()
    {
        _sdk.Stub.OnJson(Page, Envelope.Error("E000016", "CFDWBW", msg: "Trading not allowed outside trading hours"));

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.True(exception.HasCode(CmfblErrorCodes.TradeOutsideTradingHours));
        Assert.Contains("outside its trading hours", exception.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(Page));
    }

    [Fact]
    public async Task UnsafeWrite_SystemErrorWithModuleInBizCode_IsOutcomeUnknown_SentOnce()
    {
        _sdk.Stub.OnJson(AddCustomer, Envelope.Error("500", "CFDWBW", msg: "System Exception"));

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Equal("500", exception.Code);
        Assert.DoesNotContain("nothing was executed", exception.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Fact]
    public async Task OtherBusinessError_KeepsTheGeneralMessage()
    {
        _sdk.Stub.OnJson(AddCustomer, Envelope.Error(CmfblErrorCodes.PhoneExists, "US"));

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.DoesNotContain("trading service", exception.Message, StringComparison.Ordinal);
        Assert.Contains("See CmfblErrorCodes", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CFDWBWE000009", "O", "CFDWBWE000009", true)] // the whole key on the wire
    [InlineData("E000009", "CFDWBW", "CFDWBWE000009", true)] // the module in bizCode
    [InlineData("E000009", "CFDWBW", "E000009", true)]
    [InlineData("GATEWAY_CODE_005", "G", "GATEWAY_CODE_005", true)]
    [InlineData("E000009", "O", "CFDWBWE000009", false)]
    [InlineData("E000009", null, "CFDWBWE000009", false)]
    [InlineData("E000009", "", "E000009", true)]
    [InlineData("E000009", "CFDWBW", "CFDWBWE00000", false)]
    [InlineData("E000009", "CFDWBW", "cfdwbwe000009", false)] // ordinal, as the service compares
    public void HasCode_MatchesTheWireCodeOrTheCatalogueKey(string code, string? bizCode, string asked, bool expected)
    {
        var exception = new CmfblApiException("refused", new CmfblApiError(code, bizCode, null, null), new CmfblErrorContext("op", "t", null));

        Assert.Equal(expected, exception.HasCode(asked));
    }

    [Fact]
    public void HasCode_Null_Throws()
    {
        var exception = new CmfblApiException("refused", new CmfblApiError("E000009", "CFDWBW", null, null), new CmfblErrorContext("op", "t", null));

        Assert.Throws<ArgumentNullException>(() => exception.HasCode(null!));
    }

    private static AddCustomerRequest NewCustomer() => new()
    {
        Phone = "13800138000",
        Password = Md5Password.FromPlainText("a123456"),
        Country = "CN",
        RegisterSource = RegisterSource.System,
        CustomerGroupId = 1,
    };
}

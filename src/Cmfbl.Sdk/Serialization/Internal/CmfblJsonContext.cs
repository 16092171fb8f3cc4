using System.Text.Json;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// The source-generated metadata for every model, so nothing is serialized by reflection at run time.
/// Every request and response model must be listed here (a convention test checks it).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters =
    [
        typeof(LenientStringConverter),
        typeof(LenientBooleanConverter),
        typeof(LenientNullableNumberConverter<int>),
        typeof(LenientNullableNumberConverter<long>),
        typeof(LenientNullableNumberConverter<decimal>),
        typeof(UnixMillisecondsConverter),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.Models.TradingAccount>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ManagerApi.Models.CustomerGroup>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ClientApi.Models.ClientCustomerGroup>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ClientApi.Models.LiabilityRecord>),
    ])]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]

// Shared models (Cmfbl.Sdk.Models).
[JsonSerializable(typeof(CustomerProfile))]
[JsonSerializable(typeof(TradingAccount))]
[JsonSerializable(typeof(IReadOnlyList<TradingAccount>))]
[JsonSerializable(typeof(TradeTypeCurrency))]
[JsonSerializable(typeof(CustomerExistence))]

// Manager API models (Cmfbl.Sdk.ManagerApi.Models).
[JsonSerializable(typeof(CompanyAuthRequest))]
[JsonSerializable(typeof(CompanyAuthResult))]
[JsonSerializable(typeof(CompanyTradeType))]
[JsonSerializable(typeof(CheckCustomerExistRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.LoginRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.LoginResult))]
[JsonSerializable(typeof(AddCustomerRequest))]
[JsonSerializable(typeof(CustomerPageRequest))]
[JsonSerializable(typeof(CustomerRecord))]
[JsonSerializable(typeof(PagedResult<CustomerRecord>))]
[JsonSerializable(typeof(CustomerDetailRequest))]
[JsonSerializable(typeof(CustomerDetailType))]
[JsonSerializable(typeof(CustomerGroupListRequest))]
[JsonSerializable(typeof(CustomerGroup))]
[JsonSerializable(typeof(IReadOnlyList<CustomerGroup>))]
[JsonSerializable(typeof(AccountListRequest))]

// Client API models (Cmfbl.Sdk.ClientApi.Models).
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.BindLoginPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangeEmailRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangeEmailV1v1v2Request))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangePhoneRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangePhoneV1v1v2Request))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.DestroyRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.EnableOrForbidMfaRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ForgetAssertsPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ForgetAssertsPwdV1v1v2Request))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ForgetLoginPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.BindAssertsPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.BindEmailRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.BindPhoneRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangeLangRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangeCustomerAddressAndPostalCodeRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.FirstSetPhoneRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.FirstSetEmailRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.FirstTimeSettingLoginPasswordRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CheckGoogleMfaStatusRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CheckStatusRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.QueryAccountAssetsInfoRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.QueryAccountByIdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.QueryCustomerAssetsRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.QueryCustomerAssetsInfoRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.QueryLiabilitiesWaterByPageRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.UpdateAssertsPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.UpdateAssertsPwdMfaRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.UpdateLoginPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.UpdateLoginPwdMfaRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangeEmailMfaRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangePhoneMfaRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ChangeCountryRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.BindAssertsPwdMfaRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ForgetAssertsPwdMfaRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.BindThirdAccountRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.RegisterRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.QueryCustomerOfAgentPageRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.RegisterOfAgentShareLinkRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CheckTokenRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CheckPhoneRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CheckPhoneForRetriedLoginPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.RetrieveLoginPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.FirstSetLoginPwdRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.VerifyCodeSendRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.VerifyCodeCheckRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CustomerStatusInfo))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CustomerAssets))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CustomerAssetsInfo))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.LiabilityRecord))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ThirdAccountInfo))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ExternalAccountBalance))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CustomerContact))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.ClientCustomerGroup))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.KycElement))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.KycLevel))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.RegisterResult))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.AgentCustomer))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.CheckTokenResult))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.VerifyCodeSendResult))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.VerifyCodeCheckResult))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.VerificationCodeType))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.VerificationChannel))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.MfaSwitch))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.LiabilitiesType))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.LoginNameStatus))]
[JsonSerializable(typeof(IReadOnlyList<Cmfbl.Sdk.ClientApi.Models.ClientCustomerGroup>))]
[JsonSerializable(typeof(PagedResult<Cmfbl.Sdk.ClientApi.Models.LiabilityRecord>))]
[JsonSerializable(typeof(PagedResult<Cmfbl.Sdk.ClientApi.Models.AgentCustomer>))]
// Push stream models (Cmfbl.Sdk.Streams.Models).
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.CustomerEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.CustomerInfoEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.KycEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.AccountEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.LedgerSubjectEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.LedgerMovementEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.PositionEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.TradeDealEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.DepositEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.AccountAdjustEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.WithdrawEventData))]
[JsonSerializable(typeof(Cmfbl.Sdk.Streams.Models.TradeFill))]
internal sealed partial class CmfblJsonContext : JsonSerializerContext
{
}

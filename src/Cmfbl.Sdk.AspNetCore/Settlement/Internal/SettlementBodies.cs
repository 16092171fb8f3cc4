using Cmfbl.Sdk.AspNetCore.Internal;

namespace Cmfbl.Sdk.AspNetCore.Settlement.Internal;

/// <summary>Turns the three Webhook API bodies into typed requests, naming every missing or malformed field.</summary>
internal static class SettlementBodies
{
    private const int MaxUserName = 48;
    private const int MaxCurrency = 16;
    private const int MaxRequestUniqueNo = 48;
    private const int MaxMetadata = 200;
    private const int MaxRemark = 200;
    private const int MaxText = 256;

    public static BalanceQuery? Balance(PlatformHeaders headers, JsonFields fields)
    {
        var thirdServerCode = fields.String("thirdServerCode", required: true, MaxText);
        var userName = fields.String("userName", required: true, MaxUserName);
        var currency = fields.String("currency", required: true, MaxCurrency);
        return fields.IsValid
            ? new BalanceQuery
            {
                Trace = headers.Trace,
                CompanyId = headers.CompanyId,
                SentAt = headers.SentAt,
                ThirdServerCode = thirdServerCode!,
                UserName = userName!,
                Currency = currency!,
            }
            : null;
    }

    public static CreditAdjustment? Adjustment(PlatformHeaders headers, JsonFields fields)
    {
        var common = Common(headers, fields);
        var operationName = fields.String("operationType", required: true, MaxText);
        var orderId = fields.Int64("orderId", required: true);
        return fields.IsValid
            ? new CreditAdjustment
            {
                Trace = headers.Trace,
                CompanyId = headers.CompanyId,
                SentAt = headers.SentAt,
                ThirdServerCode = common.ThirdServerCode!,
                UserName = common.UserName!,
                Currency = common.Currency!,
                BizType = (OrderBusinessType)common.BizType!.Value,
                Amount = common.Amount!.Value,
                AmountDigits = common.AmountDigits!.Value,
                RequestUniqueNo = common.RequestUniqueNo!,
                RequestTime = common.RequestTime!.Value,
                Ip = common.Ip!,
                Metadata = common.Metadata,
                OperationType = Operation(operationName!),
                OperationTypeName = operationName!,
                OrderId = orderId!.Value,
            }
            : null;
    }

    public static CreditAdjustmentCancellation? Cancellation(PlatformHeaders headers, JsonFields fields)
    {
        var common = Common(headers, fields);
        var reverse = fields.String("reverseRequestUniqueNo", required: true, MaxRequestUniqueNo);
        var remark = fields.String("cancelRemark", required: true, MaxRemark);
        var orderId = fields.Int64("orderId", required: false);
        return fields.IsValid
            ? new CreditAdjustmentCancellation
            {
                Trace = headers.Trace,
                CompanyId = headers.CompanyId,
                SentAt = headers.SentAt,
                ThirdServerCode = common.ThirdServerCode!,
                UserName = common.UserName!,
                Currency = common.Currency!,
                BizType = (OrderBusinessType)common.BizType!.Value,
                Amount = common.Amount!.Value,
                AmountDigits = common.AmountDigits!.Value,
                RequestUniqueNo = common.RequestUniqueNo!,
                RequestTime = common.RequestTime!.Value,
                Ip = common.Ip!,
                Metadata = common.Metadata,
                ReverseRequestUniqueNo = reverse!,
                CancelRemark = remark!,
                OrderId = orderId,
            }
            : null;
    }

    private static CreditOperationType Operation(string name) => name switch
    {
        "OPEN_POSITION" => CreditOperationType.OpenPosition,
        "NORMAL_CLOSE" => CreditOperationType.NormalClose,
        "ABNORMAL_OVERTRADING" => CreditOperationType.AbnormalOvertrading,
        _ => CreditOperationType.Unknown,
    };

    private static CommonFields Common(PlatformHeaders headers, JsonFields fields)
    {
        var common = new CommonFields(
            fields.String("thirdServerCode", required: true, MaxText),
            fields.String("userName", required: true, MaxUserName),
            fields.String("currency", required: true, MaxCurrency),
            fields.Int32("bizType", required: true),
            fields.Decimal("amount", required: true),
            fields.Int32("amountDigits", required: true),
            fields.String("requestUniqueNo", required: true, MaxRequestUniqueNo),
            null,
            fields.String("ip", required: true, MaxText),
            fields.String("metadata", required: false, MaxMetadata));
        var requestTime = fields.Int64("requestTime", required: true);
        if (requestTime is not null && UnixTime.FromMilliseconds(requestTime) is null)
        {
            fields.Problem("requestTime is out of range");
        }

        if (common.AmountDigits is < 0 or > 28)
        {
            fields.Problem("amountDigits is out of range");
        }

        return common with { RequestTime = UnixTime.FromMilliseconds(requestTime) };
    }

    private sealed record CommonFields(
        string? ThirdServerCode,
        string? UserName,
        string? Currency,
        int? BizType,
        decimal? Amount,
        int? AmountDigits,
        string? RequestUniqueNo,
        DateTimeOffset? RequestTime,
        string? Ip,
        string? Metadata);
}

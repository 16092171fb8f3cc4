using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cmfbl.Sdk.Benchmarks.Wire;

/// <summary>
/// The response bodies both the SDK and the baseline read: the example responses of the vendor's documentation
/// (seed document 002, <c>api/seed-docs/002_e15420266383c95b.txt</c>), same fields in the same order, with the code
/// set to <c>"0"</c> (the examples show <c>""</c> or <c>"text"</c>) and the placeholder values (<c>0</c>, <c>""</c>)
/// replaced by plausible ones, so the timestamps, numbers and strings are really parsed.
/// </summary>
public static class Payloads
{
    public const string AuthBizType = "admin.admin.CompanyAuthDubboService.auth";
    public const string PageBizType = "customer.admin.WhiteCustomerAdminApiService.page";
    public const string DetailBizType = "customer.admin.WhiteCustomerAdminApiService.detail";
    public const string CheckCustomerExistBizType = "customer.app.CustomerWebApiService.checkCustomerExist";
    public const string AddCustomerBizType = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";

    public const int PageSize = 20;

    /// <summary>Gets the answer of <c>page</c>: 20 records, total 20.</summary>
    public static byte[] Page { get; } = PageBody(current: 1, size: PageSize, total: PageSize);

    /// <summary>Gets the answer of <c>detail</c> (the documented example, including <c>"accountList": {}</c>).</summary>
    public static byte[] Detail { get; } = Utf8(
        """
        {"bizCode":"","code":"0","data":{"accountList":{},"accountRemark":"","activateStatus":1,"activateTime":1700000300000,"address":"1 Example Road","apiCheckRule":"","apiCheckSwitch":true,"assertPassStatus":"1","associationCompanyId":0,"companyId":439,"companyKycStatus":1,"companyType":"white","country":"GB","createTime":1700000000000,"customerAgentMark":"","customerGroupId":1,"customerNo":"86000001","customerType":0,"deposit":1,"earlyWarningLevel":{},"email":"ada.lovelace@example.com","firstName":"Ada","forceLevel":{},"googleId":0,"id":1001,"idCard":"X1234567","idCardType":"passport","isFund":0,"kycAuditRemark":"","kycAuditStatus":2,"kycRemark":"","kycStatus":2,"lastName":"Lovelace","loginPassStatus":"1","loginTime":1700086400000,"name":"Ada Lovelace","openAccountType":0,"optional":0,"payPassStatus":"0","phone":"13954410824","phoneArea":"+86","postalCode":"EC1A 1BB","registerSource":3,"registerTime":1700000000000,"relationCustomerId":0,"source":"api","status":1,"thirdIntactMsg":"","thirdLoginSource":"","thirdServerCode":"crm-1001","thirdUserId":"","type":0,"unitId":0,"unitName":"","utmSource":"","withdraw":1,"withdrawLevel":{}},"fail":false,"msg":"Success","msgParams":"","ok":true,"tm":12,"trace":"t-h2jv9x-4to64-9mp4wd7-793nv-1661227305"}
        """);

    /// <summary>Gets the answer of <c>checkCustomerExist</c> (<c>data: 1</c>, "exists").</summary>
    public static byte[] CheckCustomerExist { get; } = Utf8(
        """
        {"bizCode":"","code":"0","msg":"Success","tm":"3","trace":"t-h2jv9x-4to64-9mp4wd7-793nv-1661227305","msgParams":"","data":1}
        """);

    /// <summary>Gets the answer of <c>addCusAndOpenAccountAndKyc</c>, exactly as documented.</summary>
    public static byte[] AddCustomer { get; } = Utf8(
        """
        {"msg":"Success","fail":false,"trace":"t-h2jv9x-4to64-9mp4wd7-793nv-1661227305","code":"0","data":"86021976","bizCode":"","tm":236026513,"msgParams":null,"ok":true}
        """);

    /// <summary>Gets the answer of the Manager API <c>auth</c> call.</summary>
    public static byte[] Auth { get; } = Utf8(
        """
        {"bizCode":"","code":"0","msg":"Success","tm":5,"trace":"t-auth","msgParams":null,"ok":true,"fail":false,"data":{"token":"bench-token-3f6c1d2e9a8b4c7d","id":439,"name":"Benchmark company","status":1,"tradeTypeList":[]}}
        """);

    /// <summary>Finds the canned answer of a bizType, or null.</summary>
    public static byte[]? For(ReadOnlySpan<char> bizType) => bizType switch
    {
        PageBizType => Page,
        DetailBizType => Detail,
        CheckCustomerExistBizType => CheckCustomerExist,
        AddCustomerBizType => AddCustomer,
        AuthBizType => Auth,
        _ => null,
    };

    /// <summary>Writes one <c>page</c> answer: records <c>(current-1)*size</c> … up to <paramref name="total"/>.</summary>
    public static byte[] PageBody(int current, int size, long total)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (size * 900));
        WritePage(buffer, current, size, total);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes one <c>page</c> answer into <paramref name="output"/> (the documented field order).</summary>
    public static void WritePage(IBufferWriter<byte> output, int current, int size, long total)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("bizCode"u8, ""u8);
        json.WriteString("code"u8, "0"u8);
        json.WritePropertyName("data"u8);
        json.WriteStartObject();
        json.WriteNumber("current"u8, current);
        json.WritePropertyName("records"u8);
        json.WriteStartArray();
        var first = (long)(current - 1) * size;
        var last = Math.Min(first + size, total);
        for (var index = first; index < last; index++)
        {
            WriteRecord(json, index);
        }

        json.WriteEndArray();
        json.WriteNumber("size"u8, size);
        json.WriteNumber("total"u8, total);
        json.WriteEndObject();
        json.WriteBoolean("fail"u8, false);
        json.WriteString("msg"u8, "Success"u8);
        json.WriteString("msgParams"u8, ""u8);
        json.WriteBoolean("ok"u8, true);
        json.WriteNumber("tm"u8, 7);
        json.WriteString("trace"u8, "t-h2jv9x-4to64-9mp4wd7-793nv-1661227305"u8);
        json.WriteEndObject();
    }

    private static void WriteRecord(Utf8JsonWriter json, long index)
    {
        Span<char> text = stackalloc char[48];
        var created = 1_700_000_000_000L + (index * 60_000);
        json.WriteStartObject();
        json.WriteString("agentCustomerNo"u8, index % 5 == 0 ? "86000000" : "");
        json.WriteNumber("companyId"u8, 439);
        json.WriteNumber("createTime"u8, created);
        json.WriteNumber("customerGroupId"u8, 1);
        json.WriteString("customerGroupName"u8, "Default group"u8);
        json.WriteString("customerNo"u8, Format(text, 86_000_001 + index));
        json.WriteNumber("customerType"u8, 0);
        json.WriteString("email"u8, Email(text, index));
        json.WriteNumber("firstAccountActivateTime"u8, index % 3 == 0 ? 0 : created + 300_000);
        json.WriteString("firstName"u8, "Ada"u8);
        json.WriteNumber("id"u8, 1_000 + index);
        json.WriteString("idCard"u8, ""u8);
        json.WriteString("idCardType"u8, ""u8);
        json.WriteString("lastName"u8, "Lovelace"u8);
        json.WriteNumber("loginTime"u8, created + 86_400_000);
        json.WriteString("name"u8, "Ada Lovelace"u8);
        json.WriteNumber("openAccountType"u8, 0);
        json.WriteString("phone"u8, Format(text, 13_954_410_000 + index));
        json.WriteString("phoneArea"u8, "+86"u8);
        json.WriteNumber("registerSource"u8, 3);
        json.WriteString("remark"u8, ""u8);
        json.WriteNumber("status"u8, 1);
        json.WriteString("tgUserId"u8, ""u8);
        json.WriteString("tgUserName"u8, ""u8);
        json.WriteString("thirdAccountNo"u8, ""u8);
        json.WriteString("thirdLoginSource"u8, ""u8);
        json.WriteString("thirdUserId"u8, ""u8);
        json.WriteNumber("unitId"u8, 0);
        json.WriteString("unitName"u8, ""u8);
        json.WriteNumber("updateTime"u8, created + 3_600_000);
        json.WriteEndObject();
    }

    private static ReadOnlySpan<char> Format(Span<char> buffer, long value)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        return buffer[..written];
    }

    private static ReadOnlySpan<char> Email(Span<char> buffer, long index)
    {
        buffer.TryWrite(CultureInfo.InvariantCulture, $"customer{index}@example.com", out var written);
        return buffer[..written];
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}

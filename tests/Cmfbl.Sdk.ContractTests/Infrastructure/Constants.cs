namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>The concrete values that replace the documents' placeholders (<c>{{company}}</c>, <c>{{mock_phone}}</c>, …).</summary>
public static class Constants
{
    public const long CompanyId = 439;
    public const string AppId = "contract-app-id";
    public const string AppSecret = "contract-app-secret";

    /// <summary>The quote token the replay configures for the quote endpoints (ManagerApiOptions.QuoteToken).</summary>
    public const string QuoteToken = "contract-quote-token";
    public const string FirstToken = "608e3f81-0d1b-4c2a-9f3e-6d256571e561admin";
    public const string SecondToken = "7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4dadmin";
    public const string Phone = "13800138000";
    public const string Country = "CN";
    public const string CustomerId = "1024";
    public const string CustomerNo = "86021976";
    public const string ClientToken = "a541f9d5-2507-42b3-b790-59e1f755c380app";
    public const string Md5OfA123456 = "dc483e80a7a0bd9ef71d8cf973673924";
}

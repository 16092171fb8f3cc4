using Cmfbl.Sdk.ClientApi.Funds.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ClientApi.Funds;

/// <summary>
/// A withdrawal follows the order rule: sent once without the caller's idempotency key (a lost answer is an unknown
/// outcome that says where to look), retried with the key on every attempt with one; a Google code in it is never sent twice.
/// </summary>
public sealed class WithdrawalIdempotencyTests : IDisposable
{
    private const string CreateWithdrawProposal = "fund.app.WithdrawAppDubboService.createWithdrawProposal";
    private const string Created = """{"id": 88001, "proposalNo": "W2026113000001", "amount": "100.00", "status": 1}""";

    private readonly SdkHarness _sdk = new(options => options.ClientApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1), withAuth: false);

    public void Dispose() => _sdk.Dispose();

    private static CreateWithdrawProposalRequest Withdrawal(string? googleCode = null) => new()
    {
        TradeType = TradeType.ContractCross,
        CustomerGroupId = 1,
        AccountCurrency = "USD",
        Amount = 100m,
        WithdrawMethod = "bank",
        GoogleCode = googleCode,
    };

    private int _attempts;

    private void AnswerLostOnce() => _sdk.Stub.On(CreateWithdrawProposal, _ => Interlocked.Increment(ref _attempts) == 1
        ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
        : StubHandler.Json(Envelope.Success(Created)));

    [Fact]
    public async Task CreateWithdrawProposal_WithoutAKey_LostAnswer_IsSentOnce_AndSaysWhereToLook()
    {
        AnswerLostOnce();
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal()));

        Assert.Null(Assert.Single(_sdk.Stub.RequestsTo(CreateWithdrawProposal)).Header("idempotency-key"));
        Assert.Contains("QueryWithdrawPageListAsync", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateWithdrawProposal_WithAKey_LostAnswer_IsRetriedWithThatKey_AndReturnsTheProposal()
    {
        AnswerLostOnce();
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var proposal = await session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal(), idempotencyKey: "withdrawal-2026-11-30-0001");

        Assert.NotNull(proposal);
        var sent = _sdk.Stub.RequestsTo(CreateWithdrawProposal).ToArray();
        Assert.Equal(2, sent.Length);
        Assert.All(sent, request => Assert.Equal("withdrawal-2026-11-30-0001", request.Header("idempotency-key")));
    }

    [Fact]
    public async Task CreateWithdrawProposal_WithAKeyAndAGoogleCode_LostAnswer_IsSentOnce()
    {
        AnswerLostOnce();
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal(googleCode: "123456"), idempotencyKey: "withdrawal-2026-11-30-0002"));

        Assert.Equal("withdrawal-2026-11-30-0002", Assert.Single(_sdk.Stub.RequestsTo(CreateWithdrawProposal)).Header("idempotency-key"));
    }

    [Fact]
    public async Task CapitalTransfer_WithAKey_LostAnswer_IsRetriedWithThatKey()
    {
        const string CapitalTransfer = "fund.app.DepositAppDubboService.capitalTransfer";
        var attempts = 0;
        _sdk.Stub.On(CapitalTransfer, _ => Interlocked.Increment(ref attempts) == 1
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : StubHandler.Json(Envelope.Success("{}")));
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        await session.Deposits.CapitalTransferAsync(new() { AccountId = 1, ToTradeType = 1, ToAccountId = 2, ToCustomerNo = "86001175", Amount = 10m }, idempotencyKey: "transfer-0001");

        Assert.Equal(["transfer-0001", "transfer-0001"], _sdk.Stub.RequestsTo(CapitalTransfer).Select(r => r.Header("idempotency-key")));
    }
}

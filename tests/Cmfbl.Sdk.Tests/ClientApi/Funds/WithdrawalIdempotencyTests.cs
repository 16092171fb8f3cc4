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

    private void AnswerLostOnce() => _sdk.Stub.OnDataAfterLostAnswers(CreateWithdrawProposal, Created);

    [Fact]
    public async Task CreateWithdrawProposal_WithoutAKey_LostAnswer_IsSentOnce_AndSaysWhereToLook()
    {
        AnswerLostOnce();
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal()));

        Assert.Null(Assert.Single(_sdk.Stub.RequestsTo(CreateWithdrawProposal)).Header("idempotency-key"));
        Assert.Contains("QueryWithdrawPageListAsync", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Next time, pass an idempotencyKey", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("same idempotencyKey", exception.Message, StringComparison.Ordinal); // no key was sent: "the same key" would invite a second withdrawal
    }

    [Fact]
    public async Task CreateWithdrawProposal_WithAKey_EveryAttemptLost_SaysToSendAgainWithTheSameKey()
    {
        _sdk.Stub.OnDataAfterLostAnswers(CreateWithdrawProposal, Created, lost: int.MaxValue);
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal(), idempotencyKey: "withdrawal-2026-11-30-0003"));

        Assert.Equal(4, _sdk.Stub.RequestsTo(CreateWithdrawProposal).Count());
        Assert.Contains("with the same idempotencyKey within 24 hours", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("withdrawal-2026-11-30-0003", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(" key-1")]
    [InlineData("key-1\t")]
    public async Task CreateWithdrawProposal_WithABlankOrPaddedKey_IsRefusedBeforeSending(string key)
    {
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var exception = await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal(), idempotencyKey: key));

        Assert.Equal("idempotency-key", exception.ParameterName);
        Assert.Empty(_sdk.Stub.RequestsTo(CreateWithdrawProposal));
    }

    [Fact]
    public async Task CreateWithdrawProposal_OnAnOpenApiSession_WithAKey_SendsTheKeyButIsSentOnce()
    {
        AnswerLostOnce();
        using var session = _sdk.Client.Sessions.FromApiKey("47b471e57c394e8fbc18535805e04016", SigningVectors.PrivateKey);

        await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal(), idempotencyKey: "withdrawal-2026-11-30-0004"));

        // The vendor does not say the Open API gateway answers a repeated key from its cache (REFERENCE §5): not retried.
        Assert.Equal("withdrawal-2026-11-30-0004", Assert.Single(_sdk.Stub.RequestsTo(CreateWithdrawProposal)).Header("idempotency-key"));
    }

    [Fact]
    public async Task CreateWithdrawProposal_WithAKey_LostAnswer_IsRetriedWithThatKey_AndReturnsTheProposal()
    {
        AnswerLostOnce();
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var proposal = await session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal(), idempotencyKey: "withdrawal-2026-11-30-0001");

        Assert.Equal(88001L, proposal.Id);
        var sent = _sdk.Stub.RequestsTo(CreateWithdrawProposal).ToArray();
        Assert.Equal(2, sent.Length);
        Assert.All(sent, request => Assert.Equal("withdrawal-2026-11-30-0001", request.Header("idempotency-key")));
    }

    [Fact]
    public async Task CreateWithdrawProposal_WithAKeyAndAGoogleCode_LostAnswer_IsSentOnce()
    {
        AnswerLostOnce();
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.Withdrawals.CreateWithdrawProposalAsync(Withdrawal(googleCode: "123456"), idempotencyKey: "withdrawal-2026-11-30-0002"));

        Assert.Contains("single-use code", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("123456", exception.Message, StringComparison.Ordinal);
        Assert.Equal("withdrawal-2026-11-30-0002", Assert.Single(_sdk.Stub.RequestsTo(CreateWithdrawProposal)).Header("idempotency-key"));
    }

    [Fact]
    public async Task CapitalTransfer_WithAKey_LostAnswer_IsRetriedWithThatKey()
    {
        const string CapitalTransfer = "fund.app.DepositAppDubboService.capitalTransfer";
        _sdk.Stub.OnDataAfterLostAnswers(CapitalTransfer, "{}");
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        await session.Deposits.CapitalTransferAsync(new() { AccountId = 1, ToTradeType = 1, ToAccountId = 2, ToCustomerNo = "86001175", Amount = 10m }, idempotencyKey: "transfer-0001");

        Assert.Equal(["transfer-0001", "transfer-0001"], _sdk.Stub.RequestsTo(CapitalTransfer).Select(r => r.Header("idempotency-key")));
    }
}

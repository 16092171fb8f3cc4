using System.Globalization;
using System.Text.Json;

namespace Cmfbl.Sdk.Testing;

/// <content>The whole settlement conversation.</content>
public sealed partial class FakeSettlementPlatform
{
    /// <summary>
    /// Runs the conversation a receiver must pass, and reports each step: a balance query; an adjustment; a retry of it
    /// (same <c>requestUniqueNo</c>, new trace: the first answer again); concurrent copies of another (one answer for
    /// all); an adjustment whose answer the platform treats as late, then its cancellation and a retry of that (must
    /// reverse it: <c>0</c>); a cancellation of a number never sent (<c>US_0000002</c>), and that number sent afterwards
    /// (must not succeed); a normal close; a call with another company id (refused with HTTP 4xx); a final balance query.
    /// </summary>
    /// <param name="conversation">The customer and amounts; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the conversation.</param>
    /// <returns>The report; <see cref="FakeSettlementReport.Passed"/> is what a test asserts, <c>ToString()</c> what it prints.</returns>
    public async Task<FakeSettlementReport> RunConversationAsync(FakeConversationOptions? conversation = null, CancellationToken cancellationToken = default)
    {
        var c = conversation ?? new FakeConversationOptions();
        var steps = new List<FakeConversationStep>();
        FakeAdjustment Adjustment(string operation = "OPEN_POSITION", int bizType = 1) => new()
        {
            ThirdServerCode = c.ThirdServerCode,
            UserName = c.UserName,
            Currency = c.Currency,
            Amount = c.Amount,
            OperationType = operation,
            BizType = bizType,
        };

        var balance = await QueryBalanceAsync(c.ThirdServerCode, c.UserName, c.Currency, cancellationToken).ConfigureAwait(false);
        steps.Add(Step("balance query answers 0 with userName, currency, amount and amountDigits", [balance], BalanceProblem(balance, c)));

        var open = Adjustment();
        var first = await SendAdjustmentAsync(open, cancellationToken: cancellationToken).ConfigureAwait(false);
        steps.Add(Step("adjustment (OPEN_POSITION) answers 0 in time", [first], Expect(first, "0")));

        var retry = await SendAdjustmentAsync(open, cancellationToken: cancellationToken).ConfigureAwait(false);
        steps.Add(Step("retry of the same requestUniqueNo gets the first answer with its own trace", [retry], Expect(retry, first.Code ?? "0")));

        var duplicate = Adjustment();
        var copies = await Task.WhenAll(Enumerable.Range(0, c.ConcurrentDuplicates)
            .Select(_ => SendAdjustmentAsync(duplicate, cancellationToken: cancellationToken))).ConfigureAwait(false);
        steps.Add(Step(
            $"{c.ConcurrentDuplicates} concurrent copies of one adjustment all get one answer",
            copies,
            copies.Select(copy => Expect(copy, "0")).FirstOrDefault(problem => problem is not null)
                ?? (copies.Select(copy => copy.Code).Distinct().Count() > 1 ? "the copies got different answers" : null)));

        var late = Adjustment();
        var lateResult = await AdjustAsync(late, treatAnswerAsLate: true, cancellationToken).ConfigureAwait(false);
        var expectedCancel = lateResult.Adjustment.Code == "0" ? "0" : "US_0000001";
        steps.Add(Step(
            "answer treated as late, so the platform cancels it: processed → reversed (0), refused → US_0000001",
            [lateResult.Adjustment, .. lateResult.Cancellations],
            lateResult.Cancellations.Count == 0 ? "no cancellation was sent" : Expect(lateResult.Cancellations[^1], expectedCancel)));

        var cancelRetry = await CancelAsync(late, lateResult.Cancellations[^1].RequestUniqueNo!, cancellationToken).ConfigureAwait(false);
        steps.Add(Step("retry of the cancellation gets the same answer", cancelRetry, Expect(cancelRetry[^1], lateResult.Cancellations[^1].Code ?? expectedCancel)));

        var never = Adjustment();
        var neverCancel = await CancelAsync(never, "R" + Guid.NewGuid().ToString("N"), cancellationToken).ConfigureAwait(false);
        var arrivesAfter = await SendAdjustmentAsync(never, cancellationToken: cancellationToken).ConfigureAwait(false);
        steps.Add(Step(
            "cancellation of an adjustment never received answers US_0000002, and that adjustment arriving afterwards is not done",
            [.. neverCancel, arrivesAfter],
            Expect(neverCancel[^1], "US_0000002") ?? (arrivesAfter.Code == "0" ? "the adjustment cancelled before it arrived was answered 0 (done)" : null)));

        var close = await SendAdjustmentAsync(Adjustment("NORMAL_CLOSE", 2), cancellationToken: cancellationToken).ConfigureAwait(false);
        steps.Add(Step("adjustment (NORMAL_CLOSE) answers 0", [close], Expect(close, "0")));

        var stranger = await SendRawAsync(FakeSettlementCallKind.Adjustment, Internal.SettlementJson.Adjustment(Adjustment(), _options.TimeProvider).ToJsonString(), _options.CompanyId + 1, cancellationToken).ConfigureAwait(false);
        steps.Add(Step(
            "a call with another companyId is refused with HTTP 4xx",
            [stranger],
            stranger.StatusCode is >= 400 and < 500 && stranger.Code != "0" ? null : $"expected HTTP 4xx and a code other than 0, got HTTP {stranger.StatusCode} code {stranger.Code}"));

        var final = await QueryBalanceAsync(c.ThirdServerCode, c.UserName, c.Currency, cancellationToken).ConfigureAwait(false);
        steps.Add(Step("final balance query answers 0", [final], BalanceProblem(final, c)));
        return new FakeSettlementReport(steps);
    }

    private static FakeConversationStep Step(string name, IReadOnlyList<FakeSettlementExchange> exchanges, string? problem) => new(name, exchanges, problem);

    private static string? Expect(FakeSettlementExchange exchange, string code)
    {
        if (exchange.StatusCode == 0)
        {
            return exchange.TimedOut ? $"no answer within the time limit (expected code {code})" : $"transport error: {exchange.Error}";
        }

        if (exchange.Code is null)
        {
            return $"HTTP {exchange.StatusCode}: the answer is not an envelope with a code";
        }

        if (exchange.EchoedTrace != exchange.Trace)
        {
            return $"the trace was not echoed (sent {exchange.Trace}, got {exchange.EchoedTrace})";
        }

        return exchange.Code == code ? null : $"expected code {code}, got {exchange.Code} ({exchange.Message})";
    }

    private static string? BalanceProblem(FakeSettlementExchange exchange, FakeConversationOptions c)
    {
        if (Expect(exchange, "0") is { } problem)
        {
            return problem;
        }

        try
        {
            using var data = JsonDocument.Parse(exchange.DataJson ?? "null");
            var root = data.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "data is not an object";
            }

            var userName = Read(root, "userName", "user_name");
            var currency = Read(root, "currency", "currency");
            var amount = Read(root, "amount", "amount");
            var digits = Read(root, "amountDigits", "amount_digits");
            return userName != c.UserName ? $"data.userName is {userName}, expected {c.UserName}"
                : currency != c.Currency ? $"data.currency is {currency}, expected {c.Currency}"
                : !decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? "data.amount is not a decimal number"
                : !int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? "data.amountDigits is not an integer"
                : null;
        }
        catch (JsonException)
        {
            return "data is not JSON";
        }
    }

    private static string? Read(JsonElement data, string name, string alternative) =>
        (data.TryGetProperty(name, out var value) || data.TryGetProperty(alternative, out value))
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}

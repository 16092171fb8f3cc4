using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Reads the message socket's floating P&amp;L text pushes:
/// <c>f(profitLoss,occupyMargin,availableMargin,marginRadio,netWorth,balance[,riskStatus,closePositionProportion,earlyWarningProportion,withdrawAmount]);(positionId,profitLoss,previewStopPrice[,…,riskStatus]);…</c>
/// (<c>g(…)</c> has the same shape for isolated margin). Empty values and <c>--</c> read as null.
/// </summary>
internal static class PnlPushParser
{
    public static bool IsPush(ReadOnlySpan<byte> frame) =>
        frame.Length > 2 && (frame[0] == (byte)'f' || frame[0] == (byte)'g') && frame[1] == (byte)'(';

    /// <summary>Parses the frame into <paramref name="message"/>; returns null on success, or why it could not be read.</summary>
    public static string? Parse(ReadOnlySpan<byte> frame, DateTimeOffset receivedAt, out FloatingPnlMessage? message)
    {
        message = null;
        var tradeType = frame[0] == (byte)'f' ? TradeType.ContractCross : TradeType.ContractIsolated;
        if (!QuotePushParser.TryGroup(frame[2..], out var group, out var rest))
        {
            return "f(…)/g(…) has no closing parenthesis";
        }

        var account = new PushFields(group);
        if (account.Count < 6)
        {
            return "f(…)/g(…) needs at least 6 account values";
        }

        if (!account.OptionalDecimal(out var profitLoss) || !account.OptionalDecimal(out var occupied) || !account.OptionalDecimal(out var available)
            || !account.OptionalDecimal(out var ratio) || !account.OptionalDecimal(out var netWorth) || !account.OptionalDecimal(out var balance))
        {
            return "f(…)/g(…) has an account value that is not a number";
        }

        int? risk = null;
        decimal? closeOut = null, warning = null, withdrawable = null;
        if ((account.Count > 6 && !account.OptionalInt(out risk)) || (account.Count > 7 && !account.OptionalDecimal(out closeOut))
            || (account.Count > 8 && !account.OptionalDecimal(out warning)) || (account.Count > 9 && !account.OptionalDecimal(out withdrawable)))
        {
            return "f(…)/g(…) has an account value that is not a number";
        }

        var positions = new List<PositionPnl>();
        while (true)
        {
            rest = rest.TrimStart(" ;\r\n"u8);
            if (rest.IsEmpty)
            {
                break;
            }

            if (rest[0] != (byte)'(' || !QuotePushParser.TryGroup(rest[1..], out var position, out rest))
            {
                return "f(…)/g(…) has a position that is not (positionId,profitLoss,previewStopPrice)";
            }

            var fields = new PushFields(position);
            int? positionRisk = null;
            if (fields.Count < 2 || !fields.Long(out var positionId) || !fields.OptionalDecimal(out var positionPnl))
            {
                return "f(…)/g(…) has a position without an id or a profit";
            }

            decimal? stop = null;
            if (fields.Count > 2 && !fields.OptionalDecimal(out stop))
            {
                return "f(…)/g(…) has a position whose stop price is not a number";
            }

            if (fields.Count > 6)
            {
                // Values 4 to 6 are not documented; the seventh is the risk status.
                fields.OptionalDecimal(out _);
                fields.OptionalDecimal(out _);
                fields.OptionalDecimal(out _);
                fields.OptionalInt(out positionRisk);
            }

            positions.Add(new PositionPnl { PositionId = positionId, ProfitLoss = positionPnl, PreviewStopPrice = stop, RiskStatus = positionRisk });
        }

        message = new FloatingPnlMessage
        {
            ReceivedAt = receivedAt,
            TradeType = tradeType,
            ProfitLoss = profitLoss,
            OccupiedMargin = occupied,
            AvailableMargin = available,
            MarginRatio = ratio,
            NetWorth = netWorth,
            Balance = balance,
            RiskStatus = risk,
            ClosePositionProportion = closeOut,
            EarlyWarningProportion = warning,
            WithdrawAmount = withdrawable,
            Positions = positions,
        };
        return null;
    }
}

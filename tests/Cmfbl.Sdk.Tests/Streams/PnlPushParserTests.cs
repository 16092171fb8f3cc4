using System.Text;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>The floating P&amp;L text pushes of the message socket: f(…) for cross margin, g(…) for isolated.</summary>
public sealed class PnlPushParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Parse_CrossMarginPushWithPositions_ReadsAccountAndPositions()
    {
        var pnl = Parse("f(-12.5,100.25,887.75,0.1128,987.75,1000.25);(2023102650229,-12.5,1.5);(2023102650230,3.25,);");

        Assert.Equal(TradeType.ContractCross, pnl.TradeType);
        Assert.Equal(-12.5m, pnl.ProfitLoss);
        Assert.Equal(100.25m, pnl.OccupiedMargin);
        Assert.Equal(887.75m, pnl.AvailableMargin);
        Assert.Equal(0.1128m, pnl.MarginRatio);
        Assert.Equal(987.75m, pnl.NetWorth);
        Assert.Equal(1000.25m, pnl.Balance);
        Assert.Null(pnl.RiskStatus);
        Assert.Equal(Now, pnl.ReceivedAt);
        Assert.Equal(
            [
                new PositionPnl { PositionId = 2023102650229, ProfitLoss = -12.5m, PreviewStopPrice = 1.5m },
                new PositionPnl { PositionId = 2023102650230, ProfitLoss = 3.25m, PreviewStopPrice = null },
            ],
            pnl.Positions);
    }

    [Fact]
    public void Parse_IsolatedMarginPushWithNewerValuesAndDashes_ReadsThem()
    {
        var pnl = Parse("g(1,2,3,--,5,6,1,0.8,0.5,4.5);(7,--,--,x,y,z,2)");

        Assert.Equal(TradeType.ContractIsolated, pnl.TradeType);
        Assert.Null(pnl.MarginRatio);
        Assert.Equal(1, pnl.RiskStatus);
        Assert.Equal(0.8m, pnl.ClosePositionProportion);
        Assert.Equal(0.5m, pnl.EarlyWarningProportion);
        Assert.Equal(4.5m, pnl.WithdrawAmount);
        var position = Assert.Single(pnl.Positions);
        Assert.Equal(7, position.PositionId);
        Assert.Null(position.ProfitLoss);
        Assert.Equal(2, position.RiskStatus);
    }

    [Fact]
    public void Parse_NoPositions_ReadsAnEmptyList() => Assert.Empty(Parse("f(0,0,0,0,0,0);").Positions);

    [Theory]
    [InlineData("f(1,2,3,4,5;", "closing parenthesis")]
    [InlineData("f(1,2,3,4,5);", "at least 6")]
    [InlineData("f(1,2,x,4,5,6);", "not a number")]
    [InlineData("f(1,2,3,4,5,6);(abc,1,2)", "without an id")]
    [InlineData("f(1,2,3,4,5,6);[1,2]", "position that is not")]
    [InlineData("f(1,2,3,4,5,6);(1,2,x)", "stop price")]
    public void Parse_Malformed_SaysWhy(string frame, string reason)
    {
        var error = PnlPushParser.Parse(Encoding.UTF8.GetBytes(frame), Now, out var message);

        Assert.Null(message);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    private static FloatingPnlMessage Parse(string frame)
    {
        Assert.True(PnlPushParser.IsPush(Encoding.UTF8.GetBytes(frame)));
        var error = PnlPushParser.Parse(Encoding.UTF8.GetBytes(frame), Now, out var message);
        Assert.Null(error);
        return message!;
    }
}

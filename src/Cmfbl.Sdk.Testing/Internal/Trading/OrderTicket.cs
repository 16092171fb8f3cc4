using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// A checked order of a customer (<c>addMarketOrder</c>): <see cref="BizType"/> 1 market open, 2 market close of
/// <see cref="PositionId"/>, 10 limit pending and 11 stop pending at <see cref="RequestPrice"/>. <see cref="StopLoss"/> and
/// <see cref="TakeProfit"/> are the scaled integers as sent (0 = none).
/// </summary>
internal sealed record OrderTicket(
    Holder Holder,
    Product Product,
    int BizType,
    int Direction,
    decimal Volume,
    decimal RequestPrice,
    long StopLoss,
    long TakeProfit,
    long? PositionId,
    DateTimeOffset RequestTime,
    string Source,
    string? ThirdPartyOrder,
    string? Remark);

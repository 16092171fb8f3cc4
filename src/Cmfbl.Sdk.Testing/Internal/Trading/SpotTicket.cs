using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// A checked spot market order (<c>addOrder</c>, trade type 5): <see cref="Quantity"/> of the product's base currency
/// bought with (<see cref="Direction"/> 1) or sold for (2) its quote currency, between the customer's two spot accounts.
/// </summary>
internal sealed record SpotTicket(
    Holder QuoteAccount,
    Holder BaseAccount,
    Product Product,
    int BizType,
    int Direction,
    decimal Quantity,
    decimal RequestPrice,
    DateTimeOffset RequestTime,
    string Source,
    string? ThirdPartyOrder,
    string? Remark);

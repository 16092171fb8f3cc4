using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>
/// The body of <c>tradeapi.admin.OrderAdminApiService.addDirectOrder</c>: an order on the customer's exchange
/// account. Give <see cref="ClientOrderId"/> to make it safe to retry: with it the SDK retries a lost answer with the
/// same id (the exchange refuses a second order with it); without it the order is never sent twice.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. Checked before sending: <see cref="Num"/> or <see cref="Amount"/>, a price for a limit order, and the id's form.</remarks>
public sealed partial record DirectOrderRequest : IRequestBody
{
    private const string BizTypeName = "tradeapi.admin.OrderAdminApiService.addDirectOrder";

    /// <summary>Gets the trade type (<c>tradeType</c>): 10, the trading bridge, the default.</summary>
    [JsonPropertyName("tradeType")]
    public int TradeType { get; init; } = 10;

    /// <summary>Gets the exchange (<c>exchangeId</c>, required): <c>binance</c> or <c>okx</c>.</summary>
    [JsonPropertyName("exchangeId")]
    public required string ExchangeId { get; init; }

    /// <summary>Gets the exchange account's alias (<c>accountName</c>, required).</summary>
    [JsonPropertyName("accountName")]
    public required string AccountName { get; init; }

    /// <summary>Gets the customer's id (<c>customerId</c>, optional).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; init; }

    /// <summary>Gets the customer's number (<c>customerNo</c>, required).</summary>
    [JsonPropertyName("customerNo")]
    public required string CustomerNo { get; init; }

    /// <summary>Gets the customer's group id (<c>customerGroupId</c>, required).</summary>
    [JsonPropertyName("customerGroupId")]
    public required long CustomerGroupId { get; init; }

    /// <summary>Gets the symbol (<c>symbolId</c>, required), as the exchange names it, for example <c>BTCUSDT</c>.</summary>
    [JsonPropertyName("symbolId")]
    public required string SymbolId { get; init; }

    /// <summary>Gets the order type (<c>bizType</c>, required): 1 market, 2 limit.</summary>
    [JsonPropertyName("bizType")]
    public required int OrderType { get; init; }

    /// <summary>Gets the side (<c>direction</c>, required): 1 buy, 2 sell.</summary>
    [JsonPropertyName("direction")]
    public required int Direction { get; init; }

    /// <summary>Gets the limit price (<c>price</c>; limit orders only).</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; init; }

    /// <summary>Gets the quantity (<c>num</c>); a limit order is placed by quantity only.</summary>
    [JsonPropertyName("num")]
    public decimal? Num { get; init; }

    /// <summary>Gets the amount in the quote currency (<c>amount</c>; market orders). Binance's minimum order is 5 USDT.</summary>
    [JsonPropertyName("amount")]
    public decimal? Amount { get; init; }

    /// <summary>Gets the time in force (<c>timeInForce</c>): <c>GTC</c> (the default for limit orders), <c>IOC</c> or <c>FOK</c>; ignored for market orders and on OKX.</summary>
    [JsonPropertyName("timeInForce")]
    public string? TimeInForce { get; init; }

    /// <summary>Gets your id of the order (<c>clientOrderId</c>, 1–20 letters and digits): with it, the order is safe to retry; the exchange generates one when it is left out.</summary>
    [JsonPropertyName("clientOrderId")]
    public string? ClientOrderId { get; init; }

    /// <summary>Gets when you placed the order (<c>requestTime</c>, optional; sent as Unix milliseconds).</summary>
    [JsonPropertyName("requestTime")]
    public DateTimeOffset? RequestTime { get; init; }

    object IRequestBody.Prepare(RequestDefaults defaults)
    {
        if (Num is null && Amount is null)
        {
            throw Invalid("An order needs num (quantity) or amount: set Num, or Amount for a market order.", "num");
        }

        if (OrderType == 2 && Price is null)
        {
            throw Invalid("A limit order (bizType 2) needs a price: set Price.", "price");
        }

        if (ClientOrderId is not null && !ClientOrderIdForm().IsMatch(ClientOrderId))
        {
            throw Invalid("clientOrderId must be 1 to 20 letters and digits (^[a-zA-Z0-9]{1,20}$).", "clientOrderId");
        }

        return this;
    }

    private static CmfblInvalidRequestException Invalid(string message, string field) =>
        new($"{BizTypeName} was not sent: {message}", new CmfblErrorContext(BizTypeName, null, null), field);

    [GeneratedRegex("^[a-zA-Z0-9]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientOrderIdForm();
}

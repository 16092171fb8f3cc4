namespace Cmfbl.Sdk.Streams;

/// <summary>One price level of an order book.</summary>
/// <param name="Price">The price, exactly as sent.</param>
/// <param name="Volume">The volume at that price, exactly as sent.</param>
public readonly record struct QuoteLevel(decimal Price, decimal Volume);

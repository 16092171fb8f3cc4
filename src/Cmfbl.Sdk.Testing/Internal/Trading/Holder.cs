namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>The customer and trading account a position, order, deal or ledger row belongs to.</summary>
internal sealed record Holder(long CustomerId, string CustomerNo, long CustomerGroupId, long AccountId, int TradeType, string Currency, long AssetsId, int Digits)
{
    public static Holder Of(FakeCustomer customer, FakeAccount account) =>
        new(customer.Id, customer.CustomerNo, customer.CustomerGroupId, account.AccountId, account.TradeType, account.Currency, account.AssetsId, account.Digits);
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// Picks the account a funds request means: the <c>accountId</c> when sent (it must be the customer's, of the trade
/// type, else <c>FS520010</c>), otherwise the customer's account of the trade type in the currency.
/// </summary>
internal static class AccountChoice
{
    public static bool TryPick(
        FakeCustomer customer,
        long tradeType,
        string currency,
        string? accountIdText,
        [NotNullWhen(true)] out FakeAccount? account,
        [NotNullWhen(false)] out FakeError? error)
    {
        if (accountIdText is not null)
        {
            account = long.TryParse(accountIdText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var accountId)
                ? customer.Accounts.FirstOrDefault(a => a.AccountId == accountId && a.TradeType == tradeType)
                : null;
            error = account is null ? Errors.AccountTradeTypeMismatch : null;
        }
        else
        {
            account = customer.Accounts.FirstOrDefault(a => a.TradeType == tradeType && string.Equals(a.Currency, currency, StringComparison.OrdinalIgnoreCase));
            error = account is null ? Errors.DataNotFound : null;
        }

        return account is not null;
    }
}

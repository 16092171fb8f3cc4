using System.Globalization;

namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>The answer to a <see cref="BalanceQuery"/>: the <c>data</c> of the reply envelope.</summary>
/// <param name="UserName">The platform's customer number (<c>userName</c>), normally the query's.</param>
/// <param name="Currency">The currency (<c>currency</c>), normally the query's.</param>
/// <param name="Amount">The balance (<c>amount</c>, sent as a decimal string with every digit kept).</param>
/// <param name="AmountDigits">The number of decimal places of the currency (<c>amountDigits</c>).</param>
public sealed record AccountBalance(string UserName, string Currency, decimal Amount, int AmountDigits)
{
    /// <summary>Gets <see cref="Amount"/> as sent on the wire.</summary>
    public string AmountText => Amount.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>
/// A price, stop-loss or take-profit as the trading operations carry it: an integer, the price multiplied by
/// 10^digits, where digits is the symbol's number of price decimals (<c>symbolDigits</c> of
/// <c>config.app.AppSymbolDubboService.getSymbolBaseList</c>). 1.23456 on a symbol with 5 digits travels as
/// <c>123456</c>. Build one from a <see cref="decimal"/> with <see cref="From(decimal, int)"/>: the conversion is exact or
/// it fails, so nothing is multiplied by hand and nothing is rounded behind the caller's back.
/// </summary>
/// <remarks>
/// <para>
/// A value built by the caller knows its <see cref="Digits"/>. A value read from an answer knows only the integer the
/// service sent (<see cref="Scaled"/>): the digits travel in another field of the answer (<c>digits</c>,
/// <c>openSymbolDigits</c>, <c>closeSymbolDigits</c>), so <see cref="Digits"/> is <see langword="null"/> until
/// <see cref="WithDigits(int)"/> or <see cref="ToDecimal(int)"/> supplies them. Either kind can be sent back as it is:
/// what goes on the wire is always <see cref="Scaled"/>.
/// </para>
/// <para>
/// Written to JSON as a string of the integer (<c>"123456"</c>), the form the order operations document. Read from a
/// JSON integer or an integer string; an optional value also reads <c>""</c> and the answers' <c>"-"</c> ("not set") as
/// <see langword="null"/>. In the vendor's answers <c>0</c> means a stop-loss or take-profit that is not set.
/// </para>
/// <para>
/// Equal values have the same <see cref="Scaled"/> integer and the same <see cref="Digits"/>: 1.23 with 2 digits and
/// 1.230 with 3 digits are different wire values, and so are different prices.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var price = ScaledPrice.From(1.23456m, digits: 5);        // sends "123456"
/// var stop = ScaledPrice.From(1.2m, symbol.SymbolDigits);   // the digits of the symbol list's entry
/// decimal back = price.ToDecimal();                         // 1.23456
/// </code>
/// </example>
[JsonConverter(typeof(ScaledPriceJsonConverter))]
public readonly struct ScaledPrice : IEquatable<ScaledPrice>
{
    /// <summary>The most digits a price can have: 10^18 is the largest power of ten the wire's 64-bit integer holds.</summary>
    public const int MaxDigits = 18;

    private readonly long _scaled;

    // digits + 1, so that 0 (and default(ScaledPrice)) means "digits not known".
    private readonly byte _digitsPlusOne;

    private ScaledPrice(long scaled, int? digits)
    {
        _scaled = scaled;
        _digitsPlusOne = digits is { } known ? (byte)(known + 1) : (byte)0;
    }

    /// <summary>Gets the integer that goes on the wire: the price multiplied by 10^<see cref="Digits"/>.</summary>
    public long Scaled => _scaled;

    /// <summary>
    /// Gets the number of decimals the price is scaled by, or <see langword="null"/> when the value was read from an
    /// answer and the digits have not been supplied (see <see cref="WithDigits(int)"/>).
    /// </summary>
    public int? Digits => _digitsPlusOne == 0 ? null : _digitsPlusOne - 1;

    private static ReadOnlySpan<long> PowersOfTen =>
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>Scales a price exactly by 10^<paramref name="digits"/>.</summary>
    /// <param name="price">The price, stop-loss or take-profit, for example <c>1.23456m</c>. Never negative.</param>
    /// <param name="digits">The symbol's price decimals (<c>symbolDigits</c>), 0 to <see cref="MaxDigits"/>.</param>
    /// <returns>The scaled price.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="price"/> has more decimals than <paramref name="digits"/> allows (1.005 with 2 digits): round it
    /// deliberately with <see cref="FromRounded(decimal, int, MidpointRounding)"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="price"/> is negative or too large for the wire's 64-bit integer once scaled, or
    /// <paramref name="digits"/> is not between 0 and <see cref="MaxDigits"/>.
    /// </exception>
    public static ScaledPrice From(decimal price, int digits) =>
        Scale(price, digits, out var scaled) switch
        {
            Problem.None => new ScaledPrice(scaled, digits),
            var problem => throw Failure(problem, price, digits),
        };

    /// <summary>
    /// Scales a price exactly by the digits a symbol reports, which the models carry as an optional value
    /// (<c>symbolDigits</c> of <c>getSymbolBaseList</c> and <c>getSymbolDetail</c>, <c>digits</c> of an order answer).
    /// </summary>
    /// <param name="price">The price, stop-loss or take-profit. Never negative.</param>
    /// <param name="digits">The symbol's price decimals as the answer carried them.</param>
    /// <returns>The scaled price.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digits"/> is <see langword="null"/>: the answer did not say.</exception>
    /// <exception cref="ArgumentException"><paramref name="price"/> has more decimals than <paramref name="digits"/> allows.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="price"/> is negative or too large, or <paramref name="digits"/> is out of range.</exception>
    public static ScaledPrice From(decimal price, int? digits) =>
        digits is { } known
            ? From(price, known)
            : throw new ArgumentNullException(nameof(digits), "The symbol's digits are missing, so the price cannot be scaled. Read them from symbolDigits of config.app.AppSymbolDubboService.getSymbolBaseList or getSymbolDetail.");

    /// <summary>Scales a price exactly, without throwing: for prices a user typed.</summary>
    /// <param name="price">The price, stop-loss or take-profit.</param>
    /// <param name="digits">The symbol's price decimals (<c>symbolDigits</c>).</param>
    /// <param name="result">The scaled price, or <see langword="default"/> when it cannot be made.</param>
    /// <returns>
    /// <see langword="true"/> if <paramref name="price"/> is non-negative, has no more decimals than
    /// <paramref name="digits"/> and fits the wire's 64-bit integer, and <paramref name="digits"/> is in range.
    /// </returns>
    public static bool TryFrom(decimal price, int digits, out ScaledPrice result)
    {
        var ok = Scale(price, digits, out var scaled) == Problem.None;
        result = ok ? new ScaledPrice(scaled, digits) : default;
        return ok;
    }

    /// <summary>
    /// Rounds a price to <paramref name="digits"/> decimals the way the caller chooses, then scales it: for computed
    /// prices (a stop-loss 2 % below the entry) that have more decimals than the symbol quotes.
    /// </summary>
    /// <param name="price">The price, stop-loss or take-profit. Never negative.</param>
    /// <param name="digits">The symbol's price decimals (<c>symbolDigits</c>), 0 to <see cref="MaxDigits"/>.</param>
    /// <param name="rounding">How to round: for a stop-loss, usually towards the side that risks less.</param>
    /// <returns>The scaled price.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="price"/> is negative or too large, or <paramref name="digits"/> is out of range.</exception>
    public static ScaledPrice FromRounded(decimal price, int digits, MidpointRounding rounding)
    {
        CheckDigits(digits);
        return From(decimal.Round(price, digits, rounding), digits);
    }

    /// <summary>Wraps an integer that is already scaled, with the digits it is scaled by.</summary>
    /// <param name="scaled">The price multiplied by 10^<paramref name="digits"/>. Never negative.</param>
    /// <param name="digits">The symbol's price decimals, 0 to <see cref="MaxDigits"/>.</param>
    /// <returns>The scaled price.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaled"/> is negative or <paramref name="digits"/> is out of range.</exception>
    public static ScaledPrice FromScaled(long scaled, int digits)
    {
        CheckDigits(digits);
        ArgumentOutOfRangeException.ThrowIfNegative(scaled);
        return new ScaledPrice(scaled, digits);
    }

    /// <summary>
    /// Wraps an integer that is already scaled, without its digits (as a value read from an answer is): it can be sent
    /// as it is, and turned into a price once the digits are known.
    /// </summary>
    /// <param name="scaled">The scaled integer. Never negative.</param>
    /// <returns>The scaled price, with <see cref="Digits"/> <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaled"/> is negative.</exception>
    public static ScaledPrice FromScaled(long scaled)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scaled);
        return new ScaledPrice(scaled, digits: null);
    }

    /// <summary>Compares two values for equality: the same scaled integer and the same digits.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the values are equal.</returns>
    public static bool operator ==(ScaledPrice left, ScaledPrice right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the scaled integers or the digits differ.</returns>
    public static bool operator !=(ScaledPrice left, ScaledPrice right) => !left.Equals(right);

    /// <summary>Supplies the digits of a value read from an answer (its <c>digits</c> or <c>closeSymbolDigits</c> field).</summary>
    /// <param name="digits">The digits the integer is scaled by, 0 to <see cref="MaxDigits"/>.</param>
    /// <returns>The same integer, with its digits known.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The value already knows different digits.</exception>
    public ScaledPrice WithDigits(int digits)
    {
        CheckDigits(digits);
        return Digits switch
        {
            null => new ScaledPrice(_scaled, digits),
            { } known when known == digits => this,
            { } known => throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"This price is scaled by {known} digits, not {digits}: the same integer cannot mean both."),
                nameof(digits)),
        };
    }

    /// <summary>Gets the price as a decimal, with exactly <see cref="Digits"/> decimals (123000 with 5 digits is 1.23000).</summary>
    /// <returns>The price.</returns>
    /// <exception cref="InvalidOperationException">The value was read from an answer and its digits are not known: use <see cref="ToDecimal(int)"/>.</exception>
    public decimal ToDecimal() =>
        Digits is { } digits
            ? Unscale(_scaled, digits)
            : throw new InvalidOperationException(
                "This price was read from an answer, which carries its digits in another field; call ToDecimal(digits) with the answer's digits (or openSymbolDigits/closeSymbolDigits), or the symbol's symbolDigits.");

    /// <summary>Gets the price as a decimal, dividing the scaled integer by 10^<paramref name="digits"/>.</summary>
    /// <param name="digits">The digits the integer is scaled by, 0 to <see cref="MaxDigits"/>.</param>
    /// <returns>The price.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The value already knows different digits.</exception>
    public decimal ToDecimal(int digits) => WithDigits(digits).ToDecimal();

    /// <inheritdoc/>
    public bool Equals(ScaledPrice other) => _scaled == other._scaled && _digitsPlusOne == other._digitsPlusOne;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScaledPrice other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_scaled, _digitsPlusOne);

    /// <summary>
    /// Returns the price as a decimal with its digits (<c>1.23456</c>), or, when the digits are not known, the scaled
    /// integer marked as such (<c>123456 (scaled, digits unknown)</c>).
    /// </summary>
    /// <returns>The price as text, invariant culture.</returns>
    public override string ToString() =>
        Digits is { } digits
            ? Unscale(_scaled, digits).ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{_scaled} (scaled, digits unknown)");

    /// <summary>A value read from the wire: any integer the service sent, digits unknown.</summary>
    internal static ScaledPrice FromWire(long scaled) => new(scaled, digits: null);

    private static Problem Scale(decimal price, int digits, out long scaled)
    {
        scaled = 0;
        if ((uint)digits > MaxDigits)
        {
            return Problem.DigitsOutOfRange;
        }

        if (price < 0)
        {
            return Problem.Negative;
        }

        var factor = PowersOfTen[digits];
        if (decimal.Truncate(price) > long.MaxValue / factor)
        {
            return Problem.TooLarge; // checked first: the product could overflow decimal itself
        }

        // Exact: multiplying by a power of ten only moves the decimal point; decimal keeps every digit it can hold.
        var product = price * factor;
        if (product > long.MaxValue)
        {
            return Problem.TooLarge;
        }

        if (product != decimal.Truncate(product))
        {
            return Problem.TooManyDecimals;
        }

        scaled = (long)product;
        return Problem.None;
    }

    private static ArgumentException Failure(Problem problem, decimal price, int digits) => problem switch
    {
        Problem.DigitsOutOfRange => DigitsOutOfRange(digits),
        Problem.Negative => new ArgumentOutOfRangeException(nameof(price), price, "A price, stop-loss or take-profit cannot be negative."),
        Problem.TooLarge => new ArgumentOutOfRangeException(
            nameof(price),
            price,
            string.Create(CultureInfo.InvariantCulture, $"Scaled by 10^{digits}, the price does not fit the 64-bit integer the service takes (at most {long.MaxValue / PowersOfTen[digits]} with {digits} digits).")),
        _ => new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The price {price} has more decimals than the symbol's {digits} digits; the service takes it only as a whole number of 10^-{digits} steps. Round it deliberately with ScaledPrice.FromRounded, or check that the digits are the symbol's symbolDigits."),
            nameof(price)),
    };

    private static void CheckDigits(int digits)
    {
        if ((uint)digits > MaxDigits)
        {
            throw DigitsOutOfRange(digits);
        }
    }

    private static ArgumentOutOfRangeException DigitsOutOfRange(int digits) =>
        new(nameof(digits), digits, string.Create(CultureInfo.InvariantCulture, $"Digits must be between 0 and {MaxDigits} (the symbol's symbolDigits)."));

    private static decimal Unscale(long scaled, int digits)
    {
        // Built from its parts so the result keeps exactly `digits` decimals, with no division.
        var magnitude = scaled < 0 ? (ulong)(-(scaled + 1)) + 1 : (ulong)scaled;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, scaled < 0, (byte)digits);
    }

    private enum Problem
    {
        None,
        DigitsOutOfRange,
        Negative,
        TooLarge,
        TooManyDecimals,
    }
}

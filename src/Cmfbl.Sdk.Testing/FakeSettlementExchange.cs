using System.Globalization;
using System.Text;

namespace Cmfbl.Sdk.Testing;

/// <summary>One call the fake platform made to your receiver and what came back.</summary>
public sealed record FakeSettlementExchange
{
    /// <summary>Gets the endpoint called.</summary>
    public required FakeSettlementCallKind Kind { get; init; }

    /// <summary>Gets the URL called.</summary>
    public required Uri Url { get; init; }

    /// <summary>Gets the request's <c>requestUniqueNo</c> (<see langword="null"/> for a balance query).</summary>
    public string? RequestUniqueNo { get; init; }

    /// <summary>Gets the <c>trace</c> header sent.</summary>
    public required string Trace { get; init; }

    /// <summary>Gets the body sent.</summary>
    public required string RequestBody { get; init; }

    /// <summary>Gets the HTTP status, or 0 when no answer came (timeout or transport failure).</summary>
    public int StatusCode { get; init; }

    /// <summary>Gets the envelope <c>code</c>, or <see langword="null"/> when the answer was not an envelope.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the envelope <c>msg</c>.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the envelope's <c>trace</c>.</summary>
    public string? EchoedTrace { get; init; }

    /// <summary>Gets the envelope's <c>data</c> as JSON text.</summary>
    public string? DataJson { get; init; }

    /// <summary>Gets the body received, as text.</summary>
    public string? ResponseBody { get; init; }

    /// <summary>Gets how long the call took (wall clock; for the report, not for assertions).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets whether the platform's time limit passed before an answer came.</summary>
    public bool TimedOut { get; init; }

    /// <summary>Gets whether the platform treated the answer as late on purpose (to provoke a cancellation), whatever it said.</summary>
    public bool TreatedAsLate { get; init; }

    /// <summary>Gets the transport error, if any.</summary>
    public string? Error { get; init; }

    /// <summary>Gets whether the platform counts the answer as a success: <c>code</c> "0", in time, not treated as late.</summary>
    public bool Succeeded => Code == "0" && !TimedOut && !TreatedAsLate;

    /// <summary>Returns one line: the call and its answer.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var line = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{Kind} {RequestUniqueNo ?? string.Empty} trace={Trace} → ");
        if (StatusCode == 0)
        {
            line.Append(TimedOut ? "no answer within the time limit" : "transport error: " + Error);
        }
        else
        {
            line.Append(CultureInfo.InvariantCulture, $"HTTP {StatusCode} code={Code ?? "(not an envelope)"} msg={Message}");
            if (DataJson is { Length: > 0 } data && data != "null")
            {
                line.Append(" data=").Append(data);
            }

            if (TreatedAsLate)
            {
                line.Append(" (treated as late)");
            }
        }

        return line.ToString();
    }
}

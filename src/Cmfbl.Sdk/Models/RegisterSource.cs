using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>Where a customer registered, or the device a customer logs in from (the <c>registerSource</c> field, and the Client API login <c>device</c>).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<RegisterSource>))]
public enum RegisterSource
{
    /// <summary>1: Mobile web (H5).</summary>
    H5 = 1,

    /// <summary>2: Desktop web (PC_Web).</summary>
    PcWeb = 2,

    /// <summary>3: The back office or a system process (System).</summary>
    System = 3,

    /// <summary>4: The native Android app.</summary>
    Android = 4,

    /// <summary>5: The native iOS app.</summary>
    Ios = 5,

    /// <summary>6: HarmonyOS (HOS).</summary>
    Hos = 6,

    /// <summary>7: The Windows desktop client (PC_Win).</summary>
    PcWindows = 7,

    /// <summary>8: The macOS desktop client (PC_Mac).</summary>
    PcMac = 8,

    /// <summary>9: Anything else (other).</summary>
    Other = 9,
}

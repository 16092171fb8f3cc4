using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The channel a verification code was sent through (the <c>type</c> of the Client API's MFA password and contact changes).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<VerificationChannel>))]
public enum VerificationChannel
{
    /// <summary>1: By e-mail.</summary>
    Email = 1,

    /// <summary>2: By SMS.</summary>
    Sms = 2,
}

using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>Whether <c>customer.app.CustomerWebApiService.enableOrForbidMFA</c> turns the Google Authenticator (MFA) on or off (its <c>type</c>).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<MfaSwitch>))]
public enum MfaSwitch
{
    /// <summary>1: Turn MFA on (bind the authenticator).</summary>
    Enable = 1,

    /// <summary>2: Turn MFA off (unbind the authenticator).</summary>
    Disable = 2,
}

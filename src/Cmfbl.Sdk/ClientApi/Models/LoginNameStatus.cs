using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The state of a login name, as <c>customer.app.CustomerWebApiService.checkStatus</c> reports it (its <c>status</c>).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<LoginNameStatus>))]
public enum LoginNameStatus
{
    /// <summary>-1: A customer has this login name, and is disabled.</summary>
    Disabled = -1,

    /// <summary>1: A customer has this login name.</summary>
    Exists = 1,

    /// <summary>2: No customer has this login name: it is free to register.</summary>
    DoesNotExist = 2,
}

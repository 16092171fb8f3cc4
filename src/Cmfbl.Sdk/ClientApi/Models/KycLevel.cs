using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>A KYC level the new customer must pass (an item of <see cref="RegisterResult.KycLevels"/>, the vendor's <c>KycAuthVO</c>).</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>.</remarks>
public sealed record KycLevel
{
    /// <summary>Gets the level code, e.g. <c>"level_2"</c> (<c>levelCode</c>).</summary>
    [JsonPropertyName("levelCode")]
    public string? LevelCode { get; set; }

    /// <summary>Gets the level name (<c>levelName</c>).</summary>
    [JsonPropertyName("levelName")]
    public string? LevelName { get; set; }

    /// <summary>Gets the KYC path code (<c>pathCode</c>).</summary>
    [JsonPropertyName("pathCode")]
    public string? PathCode { get; set; }

    /// <summary>Gets the KYC path name (<c>pathName</c>).</summary>
    [JsonPropertyName("pathName")]
    public string? PathName { get; set; }

    /// <summary>Gets whether the level is for individuals (0) or enterprises (1) (<c>openAccountType</c>).</summary>
    [JsonPropertyName("openAccountType")]
    public OpenAccountType? OpenAccountType { get; set; }

    /// <summary>Gets the information the level asks for (<c>elementList</c>); never <see langword="null"/>.</summary>
    [JsonPropertyName("elementList")]
    public IReadOnlyList<KycElement> ElementList { get; set => field = value ?? []; } = [];
}

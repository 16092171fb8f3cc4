using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>One item of information a KYC level asks for (an item of <see cref="KycLevel.ElementList"/>, the vendor's <c>KycAuthElementVO</c>).</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>.</remarks>
public sealed record KycElement
{
    /// <summary>Gets the code of the item (<c>elementCode</c>).</summary>
    [JsonPropertyName("elementCode")]
    public string? ElementCode { get; set; }

    /// <summary>Gets the name of the item (<c>elementName</c>).</summary>
    [JsonPropertyName("elementName")]
    public string? ElementName { get; set; }

    /// <summary>Gets how the item is shown (an input, a picture, …) (<c>showType</c>).</summary>
    [JsonPropertyName("showType")]
    public string? ShowType { get; set; }

    /// <summary>Gets the item's extended attributes (<c>extend</c>).</summary>
    [JsonPropertyName("extend")]
    public string? Extend { get; set; }

    /// <summary>Gets the value given so far (<c>elementValue</c>).</summary>
    [JsonPropertyName("elementValue")]
    public string? ElementValue { get; set; }

    /// <summary>Gets the values of a combined item (<c>elementValueInputGroup</c>).</summary>
    [JsonPropertyName("elementValueInputGroup")]
    public string? ElementValueInputGroup { get; set; }

    /// <summary>Gets the codes of a combined item (<c>elementCodeInputGroup</c>).</summary>
    [JsonPropertyName("elementCodeInputGroup")]
    public string? ElementCodeInputGroup { get; set; }
}

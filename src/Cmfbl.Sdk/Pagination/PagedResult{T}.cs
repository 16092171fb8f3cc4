using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Pagination;

/// <summary>One page of a paged query: the vendor's <c>{current, size, total, records}</c>.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed record PagedResult<T>
{
    /// <summary>Gets the 1-based number of this page, as the service reported it.</summary>
    [JsonPropertyName("current")]
    public int Current { get; set; }

    /// <summary>Gets the page size, as the service reported it.</summary>
    [JsonPropertyName("size")]
    public int Size { get; set; }

    /// <summary>Gets the total number of records across all pages.</summary>
    [JsonPropertyName("total")]
    public long Total { get; set; }

    /// <summary>Gets the records of this page (never <see langword="null"/>; empty past the last page).</summary>
    [JsonPropertyName("records")]
    public IReadOnlyList<T> Records { get; set => field = value ?? []; } = [];
}

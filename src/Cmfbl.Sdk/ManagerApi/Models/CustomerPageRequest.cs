using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// The body of <c>customer.admin.WhiteCustomerAdminApiService.page</c>: one page of the customer list, optionally
/// filtered by customer number. The answer is a <see cref="Pagination.PagedResult{T}"/> of <see cref="CustomerRecord"/>.
/// </summary>
public sealed record CustomerPageRequest
{
    /// <summary>Gets the customer number to filter by (<c>customerNo</c>); <see langword="null"/> lists every customer.</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; init; }

    /// <summary>Gets the number of records per page (<c>size</c>). The default is 20; the service returns at most 2,000.</summary>
    [JsonPropertyName("size")]
    public int Size { get; init; } = 20;

    /// <summary>Gets the 1-based page number (<c>current</c>). The default is 1.</summary>
    [JsonPropertyName("current")]
    public int Current { get; init; } = 1;
}

using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A ledger balance row of an account, as the Manager data push sends it with <c>subject_insert</c> and <c>subject_update</c>.</summary>
/// <remarks>Divide <see cref="Amount"/> by 10^<see cref="Digits"/> for the amount in the account's currency.</remarks>
public sealed record LedgerSubjectEventData
{
    /// <summary>Gets or sets the row id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets or sets the account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets or sets the amount, an integer scaled by 10^<see cref="Digits"/> (<c>amount</c>).</summary>
    [JsonPropertyName("amount")]
    public decimal? Amount { get; set; }

    /// <summary>Gets or sets the number of decimal places <see cref="Amount"/> is scaled by (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; set; }

    /// <summary>Gets or sets the subject type (1 balance, 2 frozen, 3 available, 4–6 liability, 19–21 occupied margin, 22–24 interest, 25–27 collateral, …) (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public int? SubjectType { get; set; }

    /// <summary>Gets or sets the row version (<c>version</c>).</summary>
    [JsonPropertyName("version")]
    public long? Version { get; set; }

    /// <summary>Gets or sets when the row was created (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets when the row was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}

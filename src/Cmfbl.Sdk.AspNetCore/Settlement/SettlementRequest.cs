namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>What every external-settlement call carries: the platform's headers and the customer it is about.</summary>
public abstract record SettlementRequest
{
    /// <summary>Gets the platform's <c>trace</c> header: the support handle, echoed in the reply.</summary>
    public required string Trace { get; init; }

    /// <summary>Gets the <c>companyId</c> header (checked against <see cref="ExternalSettlementOptions.CompanyId"/> before the handler runs).</summary>
    public required long CompanyId { get; init; }

    /// <summary>Gets the <c>timestamp</c> header (when the platform sent the call), or <see langword="null"/> when absent.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Gets your system's customer id (<c>thirdServerCode</c>): the value given at registration.</summary>
    public required string ThirdServerCode { get; init; }

    /// <summary>Gets the platform's customer number (<c>userName</c>, at most 48 characters).</summary>
    public required string UserName { get; init; }

    /// <summary>Gets the account currency (<c>currency</c>, an ISO 3-letter code; at most 16 characters).</summary>
    public required string Currency { get; init; }
}

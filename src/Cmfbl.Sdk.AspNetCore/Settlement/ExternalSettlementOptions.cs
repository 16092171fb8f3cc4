namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>Settings of the external-settlement receiver.</summary>
public sealed class ExternalSettlementOptions
{
    /// <summary>Gets or sets your company id: requests whose <c>companyId</c> header differs are refused with HTTP 403. Required.</summary>
    public long CompanyId { get; set; }

    /// <summary>
    /// Gets or sets when the handler's token fires and the package answers "not done" instead of waiting longer. The
    /// default value is 2.5 seconds, which leaves half a second of the platform's 3-second limit for the store, the
    /// reply and the network. Keep it below 3 seconds in production.
    /// </summary>
    public TimeSpan HandlerDeadline { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Gets or sets the largest body accepted, in bytes; larger bodies get HTTP 413. The default value is 64 KiB.</summary>
    public int MaxRequestBodySize { get; set; } = 64 * 1024;
}

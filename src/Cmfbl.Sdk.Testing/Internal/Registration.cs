namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A customer to register, already checked for shape (the store checks the rules that need state).</summary>
internal sealed record Registration
{
    public string? Phone { get; init; }

    public string PhoneArea { get; init; } = "+86";

    public string? Email { get; init; }

    public string EmailArea { get; init; } = "+86";

    public required string PasswordMd5 { get; init; }

    /// <summary>The fund (assets) password as lowercase hex MD5, or null when none is set.</summary>
    public string? FundPasswordMd5 { get; init; }

    public string? Country { get; init; }

    public int RegisterSource { get; init; }

    public required long CustomerGroupId { get; init; }

    public int Status { get; init; } = 1;

    public string? Remark { get; init; }

    public string? RegisterDevice { get; init; }

    public string? ThirdServerCode { get; init; }

    public string? UtmSource { get; init; }

    public string? UtmMedium { get; init; }

    public string? UtmCampaign { get; init; }

    public string? UtmContent { get; init; }

    public string? UtmTerm { get; init; }

    /// <summary>The accounts to open; null means one per asset of the group, with the group's trade type.</summary>
    public IReadOnlyList<AccountPlan>? Accounts { get; init; }
}

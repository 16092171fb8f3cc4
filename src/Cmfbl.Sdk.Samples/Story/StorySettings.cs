namespace Cmfbl.Sdk.Samples.Story;

/// <summary>The values the onboarding story uses for the customer it registers.</summary>
internal sealed record StorySettings
{
    /// <summary>Gets the phone number to register (a fresh one each run by default, so a real environment accepts it).</summary>
    public string Phone { get; init; } = "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets the phone area code.</summary>
    public string PhoneArea { get; init; } = "+86";

    /// <summary>Gets the plain-text password of the new customer (hashed before it leaves the process).</summary>
    public string Password { get; init; } = "Sample#" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Gets the country code of the new customer.</summary>
    public string Country { get; init; } = "CN";

    /// <summary>Gets the customer group the customer joins.</summary>
    public long CustomerGroupId { get; init; } = 1;

    /// <summary>Gets how many customers a page of the list shows.</summary>
    public int PageSize { get; init; } = 5;
}

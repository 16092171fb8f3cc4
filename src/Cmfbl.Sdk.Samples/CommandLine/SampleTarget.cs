using System.Globalization;

namespace Cmfbl.Sdk.Samples.CommandLine;

/// <summary>
/// Where the sample runs, read from its options: the in-process fake (no <c>--base-url</c>) or a real environment
/// (<c>--base-url</c> with <c>--company-id</c>). The options are read as text and checked here, so a wrong value gets
/// a message that names the option and says what to give, never a parser's type name or a stack trace.
/// </summary>
internal sealed record SampleTarget(Uri? BaseUrl, long? CompanyId)
{
    /// <summary>Gets a value indicating whether the sample runs against the in-process fake server.</summary>
    public bool IsFake => BaseUrl is null;

    /// <summary>Reads the options; returns the target, or <see langword="null"/> and the message to show.</summary>
    public static SampleTarget? TryRead(string? baseUrl, string? companyId, out string? error)
    {
        error = null;
        Uri? url = null;
        if (baseUrl is not null)
        {
            if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(url.Host))
            {
                error = $"--base-url '{baseUrl}' is not an absolute http(s) address. Give the host root of the environment, for example --base-url https://pre-api-test.cmfbl.com";
                return null;
            }
        }

        long? id = null;
        if (companyId is not null)
        {
            if (!long.TryParse(companyId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0)
            {
                error = $"--company-id '{companyId}' is not a company id: give your white-label company id as a positive whole number, for example --company-id 439";
                return null;
            }

            id = parsed;
        }

        if (url is null && id is not null)
        {
            error = "--company-id applies only with --base-url: without --base-url the sample runs against the in-process fake server, whose company is 439. Add --base-url with your environment's address, or leave --company-id out.";
            return null;
        }

        if (url is not null && id is null)
        {
            error = "--base-url needs --company-id: give your white-label company id too, for example --company-id 439 (the vendor's PRE test company).";
            return null;
        }

        return new SampleTarget(url, id);
    }
}

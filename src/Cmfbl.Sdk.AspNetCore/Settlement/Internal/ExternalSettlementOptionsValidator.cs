using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.AspNetCore.Settlement.Internal;

/// <summary>Checks <see cref="ExternalSettlementOptions"/> when the host starts, naming the setting to fix.</summary>
internal sealed class ExternalSettlementOptionsValidator : IValidateOptions<ExternalSettlementOptions>
{
    public ValidateOptionsResult Validate(string? name, ExternalSettlementOptions options)
    {
        var failures = new List<string>();
        if (options.CompanyId <= 0)
        {
            failures.Add("ExternalSettlementOptions.CompanyId must be your company id (a positive number): requests are checked against it.");
        }

        if (options.HandlerDeadline <= TimeSpan.Zero)
        {
            failures.Add("ExternalSettlementOptions.HandlerDeadline must be positive (the default is 2.5 s, under the platform's 3 s).");
        }

        if (options.MaxRequestBodySize < 1024)
        {
            failures.Add("ExternalSettlementOptions.MaxRequestBodySize must be at least 1024 bytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

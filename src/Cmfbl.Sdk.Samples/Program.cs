// The sample grows into the full onboarding story (see the README). For now it shows the SDK's configuration check:
// with no settings it explains what to set, exactly as a misconfigured application would see it.
using Cmfbl.Sdk;
using Microsoft.Extensions.Options;

try
{
    using var client = CmfblClient.Create(new CmfblOptions());
}
catch (OptionsValidationException exception)
{
    Console.WriteLine("Cmfbl.Sdk checks its settings before the first call. With none set, it says:");
    foreach (var failure in exception.Failures)
    {
        Console.WriteLine($"  - {failure}");
    }
}

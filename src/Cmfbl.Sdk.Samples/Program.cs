// The Cmfbl.Sdk sample: the onboarding story against the in-process fake (default), or against a real environment.
//   dotnet run --project src/Cmfbl.Sdk.Samples
//   dotnet run --project src/Cmfbl.Sdk.Samples -- --base-url https://pre-api-test.cmfbl.com --company-id 439
// Credentials for a real environment come from environment variables (Cmfbl__ManagerApi__AppId,
// Cmfbl__ManagerApi__AppSecret) or user secrets, never from a committed file.
using Cmfbl.Sdk.Samples.CommandLine;

return await SampleCommand.Create().Parse(args).InvokeAsync();

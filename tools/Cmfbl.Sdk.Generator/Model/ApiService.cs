namespace Cmfbl.Sdk.Generator.Model;

/// <summary>One vendor service as a .NET interface.</summary>
internal sealed record ApiService(string VendorName, string Interface, string Property, string Summary, string? Remarks, string? Factory, IReadOnlyList<ApiOperation> Operations);

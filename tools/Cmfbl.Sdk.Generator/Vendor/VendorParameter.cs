namespace Cmfbl.Sdk.Generator.Vendor;

/// <summary>A header or query parameter of a vendor operation.</summary>
internal sealed record VendorParameter(string Name, string In, bool Required, string? Example, string? Description);

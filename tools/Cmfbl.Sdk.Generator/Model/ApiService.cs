namespace Cmfbl.Sdk.Generator.Model;

/// <summary>One vendor service as a .NET interface (and, in a family with sessions, its guest part).</summary>
internal sealed record ApiService(string VendorName, string Interface, string Property, string Summary, string? Remarks, string? Factory, IReadOnlyList<ApiOperation> Operations)
{
    /// <summary>Gets the namespace of the interface (the family's, or the family's plus the service's group).</summary>
    public required string Namespace { get; init; }

    /// <summary>Gets the folder of the interface relative to <c>src/Cmfbl.Sdk</c>, without <c>Generated</c>.</summary>
    public required string Folder { get; init; }

    /// <summary>
    /// Gets the guest interface's name when the service mixes guest and login operations in a family with sessions:
    /// it holds the guest operations, and <see cref="Interface"/> extends it with the login ones.
    /// </summary>
    public string? GuestInterface { get; init; }

    /// <summary>Gets whether the family's services class (dependency injection, no login) offers the service.</summary>
    public bool OnServicesClass { get; init; } = true;

    /// <summary>Gets whether the family's session class offers the service.</summary>
    public bool OnSession { get; init; }

    /// <summary>Gets the interface the services class offers: the guest one when the service is split.</summary>
    public string ServicesInterface => GuestInterface ?? Interface;

    /// <summary>Gets the operations declared on the guest interface (none unless the service is split).</summary>
    public IEnumerable<ApiOperation> GuestOperations => GuestInterface is null ? [] : Operations.Where(static o => o.WorksAsGuest);

    /// <summary>Gets the operations declared on <see cref="Interface"/> itself (all of them unless the service is split).</summary>
    public IEnumerable<ApiOperation> OwnOperations => GuestInterface is null ? Operations : Operations.Where(static o => !o.WorksAsGuest);

    /// <summary>Gets the fully qualified interface name.</summary>
    public string FullInterface => $"{Namespace}.{Interface}";

    /// <summary>Gets the fully qualified name of the interface an operation is declared on.</summary>
    public string DeclaringInterface(ApiOperation op) => GuestInterface is not null && op.WorksAsGuest ? $"{Namespace}.{GuestInterface}" : FullInterface;
}

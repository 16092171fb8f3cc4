namespace Cmfbl.Sdk;

/// <summary>The vendor's known environments, as named presets of host roots.</summary>
public sealed class CmfblEnvironment
{
    private CmfblEnvironment(string name, Uri clientBaseAddress, Uri managerBaseAddress)
    {
        Name = name;
        ClientBaseAddress = clientBaseAddress;
        ManagerBaseAddress = managerBaseAddress;
    }

    /// <summary>Gets the vendor's PRE (test) environment: Client API on <c>prewppc-3.cmfbl.com</c>, Manager API on <c>pre-api-test.cmfbl.com</c>.</summary>
    public static CmfblEnvironment Pre { get; } = new("Pre", new Uri("https://prewppc-3.cmfbl.com/"), new Uri("https://pre-api-test.cmfbl.com/"));

    /// <summary>Gets the vendor's production environment, <c>api.multimarkets.org</c>.</summary>
    public static CmfblEnvironment Production { get; } = new("Production", new Uri("https://api.multimarkets.org/"), new Uri("https://api.multimarkets.org/"));

    /// <summary>Gets the preset's name, as written in <see cref="CmfblOptions.Environment"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the host root of the Client API.</summary>
    public Uri ClientBaseAddress { get; }

    /// <summary>Gets the host root of the Manager API.</summary>
    public Uri ManagerBaseAddress { get; }

    /// <summary>Finds a preset by name, ignoring case.</summary>
    /// <param name="name">The preset's name (<c>Pre</c> or <c>Production</c>).</param>
    /// <returns>The preset, or <see langword="null"/> when the name is unknown.</returns>
    public static CmfblEnvironment? Find(string? name) =>
        string.Equals(name, Pre.Name, StringComparison.OrdinalIgnoreCase) ? Pre
        : string.Equals(name, Production.Name, StringComparison.OrdinalIgnoreCase) ? Production
        : null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}

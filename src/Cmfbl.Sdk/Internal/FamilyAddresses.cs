namespace Cmfbl.Sdk.Internal;

/// <summary>Works out the base address of each family's HTTP client from the options.</summary>
internal static class FamilyAddresses
{
    public static Uri Manager(CmfblOptions options) =>
        Combine(options.ManagerApi.BaseAddress ?? options.BaseAddress ?? CmfblEnvironment.Find(options.Environment)!.ManagerBaseAddress, options.ManagerApi.PathPrefix);

    public static Uri ManagerAuth(CmfblOptions options) =>
        Combine(options.ManagerApi.BaseAddress ?? options.BaseAddress ?? CmfblEnvironment.Find(options.Environment)!.ManagerBaseAddress, options.ManagerApi.AuthPathPrefix);

    public static Uri Client(CmfblOptions options) =>
        Combine(options.ClientApi.BaseAddress ?? options.BaseAddress ?? CmfblEnvironment.Find(options.Environment)!.ClientBaseAddress, options.ClientApi.PathPrefix);

    public static Uri OpenApi(CmfblOptions options) =>
        Combine(options.OpenApi.BaseAddress ?? options.BaseAddress ?? CmfblEnvironment.Find(options.Environment)!.ClientBaseAddress, options.OpenApi.PathPrefix);

    public static Uri Bridge(CmfblOptions options) =>
        Combine(options.BridgeApi.BaseAddress ?? options.BaseAddress ?? CmfblEnvironment.Find(options.Environment)!.ManagerBaseAddress, options.BridgeApi.PathPrefix);

    public static Uri Auth2(CmfblOptions options) =>
        Combine(options.Auth2.BaseAddress ?? options.BaseAddress ?? CmfblEnvironment.Find(options.Environment)!.ClientBaseAddress, options.Auth2.PathPrefix);

    private static Uri Combine(Uri root, string prefix) => new(root, prefix);
}

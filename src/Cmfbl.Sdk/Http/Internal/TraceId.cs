namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Makes the per-call <c>trace</c> id in the vendor's format (a UUID, <c>-</c>, the Unix time in milliseconds).
/// It never starts with <c>x-</c>, which tells the gateway that the body is encrypted.
/// </summary>
internal static class TraceId
{
    public static string Create(TimeProvider timeProvider) =>
        string.Create(null, stackalloc char[64], $"{Guid.NewGuid():D}-{timeProvider.GetUtcNow().ToUnixTimeMilliseconds()}");
}

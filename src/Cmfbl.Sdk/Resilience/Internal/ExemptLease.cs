using System.Threading.RateLimiting;

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>A lease granted without asking the client-side limiter (for the SDK's own token call); disposing it gives nothing back.</summary>
internal sealed class ExemptLease : RateLimitLease
{
    public static readonly ExemptLease Instance = new();

    private ExemptLease()
    {
    }

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }

}

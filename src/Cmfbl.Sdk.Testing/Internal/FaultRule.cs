namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A queued fault or canned response, how many more requests it answers, and which bizTypes it matches.</summary>
internal sealed class FaultRule(FakeFault? fault, FakeResponse? response, int remaining, string? bizTypeFilter)
{
    public FakeFault? Fault { get; } = fault;

    public FakeResponse? Response { get; } = response;

    public int Remaining { get; set; } = remaining;

    /// <summary>Matches every bizType when there is no filter; otherwise the exact bizType or any bizType ending in <c>.</c> + filter.</summary>
    public bool Matches(string bizType) =>
        bizTypeFilter is null
        || string.Equals(bizType, bizTypeFilter, StringComparison.Ordinal)
        || (bizType.Length > bizTypeFilter.Length
            && bizType.EndsWith(bizTypeFilter, StringComparison.Ordinal)
            && bizType[bizType.Length - bizTypeFilter.Length - 1] == '.');
}

using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.ContractTests.Faults;

/// <summary>How a call ends under a fault: the exception the caller sees, how many requests reached the server, and an upper bound on the time it took.</summary>
public sealed record FaultOutcome(Type Exception, int Requests, TimeSpan Within)
{
    public static FaultOutcome Throws<TException>(int requests, int withinSeconds)
        where TException : CmfblException => new(typeof(TException), requests, TimeSpan.FromSeconds(withinSeconds));

    public override string ToString() => $"{Exception.Name} after {Requests} request(s), within {Within.TotalSeconds} s";
}

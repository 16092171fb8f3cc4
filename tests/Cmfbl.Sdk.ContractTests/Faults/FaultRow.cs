namespace Cmfbl.Sdk.ContractTests.Faults;

/// <summary>
/// One row of the fault matrix: the fault (served by <c>Mappings/Faults/page-{Name}.json</c> for the read and
/// <c>Mappings/Faults/addCus-{Name}.json</c> for the unsafe write), and how each call ends.
/// </summary>
/// <param name="Name">The row, also the selector the test sends (<c>fault-{Name}</c>).</param>
/// <param name="Fault">What the server does, for the reader.</param>
/// <param name="Read">How a read (<c>page</c>) ends.</param>
/// <param name="UnsafeWrite">How an unsafe write (<c>addCusAndOpenAccountAndKyc</c>) ends.</param>
/// <param name="KeyedWrite">How a write with the caller's idempotency key (a Client withdrawal, <c>createWithdrawProposal</c>, answered with the same fault) ends.</param>
public sealed record FaultRow(string Name, string Fault, FaultOutcome Read, FaultOutcome UnsafeWrite, FaultOutcome KeyedWrite);

namespace Cmfbl.Sdk.AspNetCore.Idempotency;

/// <summary>The first answer given to a request, replayed to its repeats (each with its own <c>trace</c>).</summary>
/// <param name="Code">The envelope <c>code</c>.</param>
/// <param name="Message">The envelope <c>msg</c>.</param>
/// <param name="BizCode">The envelope <c>bizCode</c>.</param>
/// <param name="DataJson">The envelope <c>data</c> as JSON text, or <see langword="null"/> for <c>null</c>.</param>
public sealed record StoredReply(string Code, string Message, string BizCode, string? DataJson);

namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>Why a request was refused before any handler ran: the HTTP status, the reply code and a message without request values.</summary>
internal sealed record Rejection(int StatusCode, string Code, string Message);

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>An error the fake answers with: envelope <c>code</c>, <c>msg</c>, <c>bizCode</c> and <c>msgParams</c>.</summary>
internal sealed record FakeError(string Code, string Msg, string BizCode, string? MsgParams = null);

namespace Cmfbl.Sdk.AspNetCore.Settlement.Internal;

/// <summary>The argument rules of a refusal, shared by both reply types.</summary>
internal static class ReplyArguments
{
    public static void CheckFailure(string code, string message, string bizCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(bizCode);
        if (code == CmfblReplyCodes.Success)
        {
            throw new ArgumentException("A refusal needs a code other than \"0\"; use Success() for a success.", nameof(code));
        }
    }
}

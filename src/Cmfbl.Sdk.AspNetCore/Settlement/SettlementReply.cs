using Cmfbl.Sdk.AspNetCore.Settlement.Internal;

namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>Your handler's answer to an adjustment or a reversal: success, or a refusal with your own code.</summary>
public sealed class SettlementReply
{
    private static readonly SettlementReply SuccessReply = new(CmfblReplyCodes.Success, "Success", string.Empty);

    private SettlementReply(string code, string message, string bizCode)
    {
        Code = code;
        Message = message;
        BizCode = bizCode;
    }

    /// <summary>Gets the envelope <c>code</c>: <c>"0"</c> for success.</summary>
    public string Code { get; }

    /// <summary>Gets the envelope <c>msg</c>.</summary>
    public string Message { get; }

    /// <summary>Gets the envelope <c>bizCode</c> (the module that answered; empty by default).</summary>
    public string BizCode { get; }

    /// <summary>Gets whether this is a success (<see cref="Code"/> is <c>"0"</c>).</summary>
    public bool IsSuccess => Code == CmfblReplyCodes.Success;

    /// <summary>Returns the success answer (<c>code</c> "0", <c>msg</c> "Success").</summary>
    /// <returns>The success answer.</returns>
    public static SettlementReply Success() => SuccessReply;

    /// <summary>Returns a refusal: the platform treats it as "not done" (for an adjustment, it then sends a cancellation).</summary>
    /// <param name="code">Your error code; anything but <c>"0"</c>.</param>
    /// <param name="message">A message for the platform's operators; no secrets.</param>
    /// <param name="bizCode">The module code (<c>bizCode</c>); empty by default.</param>
    /// <returns>The refusal.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <c>"0"</c>.</exception>
    public static SettlementReply Failure(string code, string message, string bizCode = "")
    {
        ReplyArguments.CheckFailure(code, message, bizCode);
        return new SettlementReply(code, message, bizCode);
    }

    /// <summary>Returns the success answer carrying <paramref name="data"/>; returning the data converts to it implicitly.</summary>
    /// <typeparam name="T">The type of the data.</typeparam>
    /// <param name="data">The data, e.g. an <see cref="AccountBalance"/>.</param>
    /// <returns>The success answer.</returns>
    public static SettlementReply<T> Success<T>(T data)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(data);
        return new SettlementReply<T>(CmfblReplyCodes.Success, "Success", string.Empty, data);
    }

    /// <summary>Returns a refusal of a call that answers with data (a balance query).</summary>
    /// <typeparam name="T">The type of the data the call would have answered with.</typeparam>
    /// <param name="code">Your error code; anything but <c>"0"</c>.</param>
    /// <param name="message">A message for the platform's operators; no secrets.</param>
    /// <param name="bizCode">The module code (<c>bizCode</c>); empty by default.</param>
    /// <returns>The refusal.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <c>"0"</c>.</exception>
    public static SettlementReply<T> Failure<T>(string code, string message, string bizCode = "")
        where T : class
    {
        ReplyArguments.CheckFailure(code, message, bizCode);
        return new SettlementReply<T>(code, message, bizCode, null);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Message}";
}

namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>
/// Your handler's answer with data (a balance), or a refusal with your own code. Make one with
/// <see cref="SettlementReply.Success{T}(T)"/> (or return the data: it converts implicitly) or
/// <see cref="SettlementReply.Failure{T}(string, string, string)"/>.
/// </summary>
/// <typeparam name="T">The type of the <c>data</c>.</typeparam>
public sealed class SettlementReply<T>
    where T : class
{
    internal SettlementReply(string code, string message, string bizCode, T? data)
    {
        Code = code;
        Message = message;
        BizCode = bizCode;
        Data = data;
    }

    /// <summary>Gets the envelope <c>code</c>: <c>"0"</c> for success.</summary>
    public string Code { get; }

    /// <summary>Gets the envelope <c>msg</c>.</summary>
    public string Message { get; }

    /// <summary>Gets the envelope <c>bizCode</c>.</summary>
    public string BizCode { get; }

    /// <summary>Gets the data of a success, or <see langword="null"/> for a refusal.</summary>
    public T? Data { get; }

    /// <summary>Gets whether this is a success (<see cref="Code"/> is <c>"0"</c>).</summary>
    public bool IsSuccess => Code == CmfblReplyCodes.Success;

    /// <summary>Converts data to a success answer.</summary>
    /// <param name="data">The data.</param>
#pragma warning disable CA2225 // SettlementReply.Success(data) is the named alternative.
    public static implicit operator SettlementReply<T>(T data) => SettlementReply.Success(data);
#pragma warning restore CA2225

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Message}";
}

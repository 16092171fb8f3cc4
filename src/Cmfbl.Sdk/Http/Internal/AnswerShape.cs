namespace Cmfbl.Sdk.Http.Internal;

/// <summary>What an operation's <c>data</c> is, as its method's return type says.</summary>
internal enum AnswerShape
{
    /// <summary>Nothing the caller reads (<c>Task</c>, or an answer the SDK ignores).</summary>
    None,

    /// <summary>Text (<c>string</c>): a JSON string, or a number read as its digits.</summary>
    Text,

    /// <summary>A number, a boolean or a small value type read by a converter.</summary>
    Scalar,

    /// <summary>An object read into a model.</summary>
    Model,

    /// <summary>A list (<c>IReadOnlyList&lt;T&gt;</c>): <c>null</c> and <c>{}</c> read as empty, a single object as a list of one.</summary>
    List,

    /// <summary>A page (<c>PagedResult&lt;T&gt;</c>): <c>null</c> reads as an empty page.</summary>
    Page,
}

namespace Cmfbl.Sdk.Generator.Model;

/// <summary>What an operation's <c>data</c> is (mirrors the SDK's internal <c>AnswerShape</c>).</summary>
internal enum AnswerShape
{
    None,
    Text,
    Scalar,
    Model,
    List,
    Page,
}

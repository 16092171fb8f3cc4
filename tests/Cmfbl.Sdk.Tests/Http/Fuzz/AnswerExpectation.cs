namespace Cmfbl.Sdk.Tests.Http.Fuzz;

/// <summary>What a call must do with a fuzzed answer.</summary>
public enum AnswerExpectation
{
    /// <summary>The answer is valid: the call returns the value it says.</summary>
    Value,

    /// <summary>The answer is not a success: the call throws an SDK exception.</summary>
    Throw,

    /// <summary>Either a value or an SDK exception (the answer is odd but could be read).</summary>
    Either,
}

namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>What a method returns.</summary>
internal sealed class AnswerOverlay
{
    /// <summary>Gets or sets a hand-written type to return (for a list or page: the item type), relative to the family's models namespace or fully qualified.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the shape: <c>none</c>, <c>text</c>, <c>scalar</c>, <c>model</c>, <c>list</c> or <c>page</c> (derived from the spec when left out).</summary>
    public string? Shape { get; set; }

    /// <summary>Gets or sets that a success may carry no data (the method returns a nullable type).</summary>
    public bool Nullable { get; set; }

    /// <summary>Gets or sets that a text answer must be made of digits (an identifier such as a customer number).</summary>
    public bool Digits { get; set; }

    /// <summary>Gets or sets that a text answer may come as a JSON boolean (an old form of the answer), read as no text.</summary>
    public bool AcceptBoolean { get; set; }

    /// <summary>Gets or sets the name of the generated model (for a list or page: the item's).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets why the answer differs from the spec's schema.</summary>
    public string? Reason { get; set; }
}

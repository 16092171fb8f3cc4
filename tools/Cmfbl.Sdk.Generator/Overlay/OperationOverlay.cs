namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>The decisions about one operation.</summary>
internal sealed class OperationOverlay
{
    /// <summary>Gets or sets the .NET method name (with <c>Async</c>); derived from the bizType when left out.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the kind: <c>read</c>, <c>keyed</c> or <c>unsafe</c>. A write is unsafe unless this says otherwise with a reason.</summary>
    public string? Kind { get; set; }

    /// <summary>Gets or sets why the kind is what it is (required for <c>keyed</c>, and when a read-looking name is a write).</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets the auth: <c>token</c>, <c>optional</c> (token when available), <c>guest</c> or <c>none</c>.</summary>
    public string? Auth { get; set; }

    /// <summary>Gets or sets why the auth differs from what the spec says.</summary>
    public string? AuthReason { get; set; }

    /// <summary>Gets or sets the path Refit calls, relative to the family's base address, when it is not the spec's path (with its reason in <see cref="Reason"/>).</summary>
    public string? Path { get; set; }

    /// <summary>Gets or sets the interface the operation belongs to, when not its vendor service's (rare).</summary>
    public string? Service { get; set; }

    public RequestOverlay? Request { get; set; }

    public AnswerOverlay? Answer { get; set; }

    /// <summary>Gets or sets the extra headers the method takes as parameters (<c>captcha</c>, <c>X-Forwarded-For</c>).</summary>
    public List<HeaderOverlay> Headers { get; set; } = [];

    /// <summary>Gets or sets body fields holding single-use codes: a call that carries one is never sent twice.</summary>
    public List<string> SingleUse { get; set; } = [];

    /// <summary>Gets or sets how a caller checks whether this write took effect when its answer was lost.</summary>
    public string? OutcomeCheck { get; set; }

    /// <summary>Gets or sets the name of the page walker, for paged operations (derived when left out).</summary>
    public string? Walker { get; set; }

    public DocOverlay? Doc { get; set; }
}

using Cmfbl.Sdk.Generator.Vendor;

namespace Cmfbl.Sdk.Generator.Model;

/// <summary>An operation with every decision made: the vendor's facts plus the overlay.</summary>
internal sealed record ApiOperation
{
    public required VendorOperation Vendor { get; init; }

    public required string Name { get; init; }

    /// <summary>Gets the kind as the SDK's <c>OperationKind</c> member name.</summary>
    public required string Kind { get; init; }

    public string? KindReason { get; init; }

    /// <summary>Gets the auth as the SDK's <c>OperationAuth</c> member name.</summary>
    public required string Auth { get; init; }

    public required string Version { get; init; }

    public string? Group { get; init; }

    /// <summary>Gets the path Refit calls, relative to the family's base address.</summary>
    public required string RefitPath { get; init; }

    /// <summary>Gets the body's C# type (fully qualified), or null when the method takes none.</summary>
    public string? RequestType { get; init; }

    public string RequestParameter { get; init; } = "request";

    public string? RequestDoc { get; init; }

    /// <summary>Gets whether the request type has <c>Current</c> and <c>Size</c> (a page request, for the walker).</summary>
    public bool RequestIsPage { get; init; }

    /// <summary>Gets whether the request type has members the caller must set (so a walker cannot default its filter).</summary>
    public bool RequestHasRequiredMembers { get; init; }

    public required AnswerShape Answer { get; init; }

    /// <summary>Gets the answer's C# type (the item's, for a list or a page), fully qualified; null for none.</summary>
    public string? AnswerType { get; init; }

    public bool AnswerIsValueType { get; init; }

    public bool AnswerNullable { get; init; }

    public bool AnswerDigits { get; init; }

    public bool AnswerAcceptBoolean { get; init; }

    public IReadOnlyList<(string Header, string Parameter, bool Optional, string Doc)> Headers { get; init; } = [];

    public IReadOnlyList<string> SingleUse { get; init; } = [];

    public string? OutcomeCheck { get; init; }

    public string? Walker { get; init; }

    public required string Summary { get; init; }

    public string? Remarks { get; init; }

    public string? Returns { get; init; }

    public IReadOnlyDictionary<string, string> Exceptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets whether the operation works without a login (guest, none, or a token only when there is one).</summary>
    public bool WorksAsGuest => Auth != "Token";

    /// <summary>Gets the C# return type of the method.</summary>
    public string ReturnType => Answer switch
    {
        AnswerShape.None => "Task",
        AnswerShape.List => $"Task<IReadOnlyList<{AnswerType}>>",
        AnswerShape.Page => $"Task<PagedResult<{AnswerType}>>",
        _ => $"Task<{AnswerType}{(AnswerNullable ? "?" : string.Empty)}>",
    };

    /// <summary>Gets the type the JSON context must know to read the answer (null for text and none).</summary>
    public string? ContextType => Answer switch
    {
        AnswerShape.List => $"IReadOnlyList<{AnswerType}>",
        AnswerShape.Page => $"PagedResult<{AnswerType}>",
        AnswerShape.Model or AnswerShape.Scalar => AnswerType,
        _ => null,
    };
}

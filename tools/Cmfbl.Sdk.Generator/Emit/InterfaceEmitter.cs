using Cmfbl.Sdk.Generator.Model;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>Writes one Refit interface per vendor service.</summary>
internal static class InterfaceEmitter
{
    /// <summary>Writes the service's interface, and its guest interface when the service is split: (type name, file content) pairs.</summary>
    public static IEnumerable<(string Name, string Content)> Emit(ApiFamily family, ApiService service, string specFile)
    {
        if (service.GuestInterface is { } guest)
        {
            yield return (guest, Interface(
                family, service, specFile, guest, null, service.GuestOperations,
                $"The operations of {Lower(service.Summary)} that work without a login (<c>{service.VendorName}</c>). A <see cref=\"{family.Overlay.SessionClass}\"/> offers them too, with the rest, on <see cref=\"{service.Interface}\"/>.",
                service.Remarks));
        }

        yield return (service.Interface, Interface(
            family, service, specFile, service.Interface, service.GuestInterface, service.OwnOperations,
            $"{service.Summary} (<c>{service.VendorName}</c>).",
            service.Remarks));
    }

    private static string Interface(ApiFamily family, ApiService service, string specFile, string name, string? baseInterface, IEnumerable<ApiOperation> operations, string summary, string? remarks)
    {
        var w = new CodeWriter();
        w.Header($"spec/vendor/{specFile}", family.OverlayFile);
        w.Line();
        foreach (var ns in new[] { "System.Text.Json", "Cmfbl.Sdk.Http", "Cmfbl.Sdk.Http.Internal", "Cmfbl.Sdk.Models", family.ModelsNamespace, "Cmfbl.Sdk.Pagination", "Refit" }.Distinct())
        {
            w.Line($"using {ns};");
        }

        w.Line();
        w.Line($"namespace {service.Namespace};");
        w.Line();
        w.Doc("summary", summary);
        if (remarks is not null)
        {
            w.Doc("remarks", remarks);
        }

        w.Open($"public partial interface {name}{(baseInterface is null ? string.Empty : " : " + baseInterface)}");
        var first = true;
        foreach (var op in operations)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            Method(w, family, op);
        }

        w.Close();
        return w.ToString();
    }

    private static string Lower(string summary)
    {
        var text = summary.TrimEnd('.');
        return text.StartsWith("The ", StringComparison.Ordinal) ? "t" + text[1..] : text;
    }

    private static void Method(CodeWriter w, ApiFamily family, ApiOperation op)
    {
        w.Doc("summary", op.Summary);
        w.Doc("remarks", Remarks(family, op));
        var parameters = new List<string>();
        if (op.RequestType is { } request)
        {
            w.Doc("param", op.RequestDoc ?? "The body of the call.", $" name=\"{op.RequestParameter}\"");
            parameters.Add($"[Body] {request} {op.RequestParameter}");
        }

        foreach (var (header, parameter, optional, doc) in op.Headers)
        {
            w.Doc("param", doc, $" name=\"{parameter}\"");
            parameters.Add($"[Property(HeaderNames.PropertyPrefix + \"{header}\")] string? {parameter}{(optional ? " = null" : string.Empty)}");
        }

        w.Doc("param", "Cancels the call.", " name=\"cancellationToken\"");
        parameters.Add("CancellationToken cancellationToken = default");
        if (op.Answer != AnswerShape.None)
        {
            w.Doc("returns", op.Returns ?? DefaultReturns(op));
        }

        foreach (var (type, text) in op.Exceptions)
        {
            w.Doc("exception", text, $" cref=\"Cmfbl.Sdk.Errors.{type}\"");
        }

        if (op.Kind != "Read" && !op.Exceptions.ContainsKey(OutcomeUnknown))
        {
            w.Doc("exception", "The request was sent but its answer was lost or said the call failed after it was passed on: look the result up before trying again.", " cref=\"Cmfbl.Sdk.Errors.CmfblOutcomeUnknownException\"");
        }

        w.Doc("exception", "The call failed; the exception's type and message say how.", " cref=\"Cmfbl.Sdk.Errors.CmfblException\"");
        w.Line($"[{(op.Vendor.HttpMethod == "GET" ? "Get" : "Post")}(\"{op.RefitPath}\")]");
        var headers = new List<string> { $"\"version: {op.Version}\"" };
        if (op.Group is { } group)
        {
            headers.Add($"\"group: {group}\"");
        }

        if (!op.Vendor.QuoteEnvelope)
        {
            w.Line($"[Headers({string.Join(", ", headers)})]");
        }

        w.Line(op.Auth == "Token"
            ? $"[CmfblOperation(OperationKind.{op.Kind})]"
            : $"[CmfblOperation(OperationKind.{op.Kind}, Auth = OperationAuth.{op.Auth})]");
        w.Line($"{op.ReturnType} {op.Name}({string.Join(", ", parameters)});");
    }

    private static string Remarks(ApiFamily family, ApiOperation op)
    {
        var parts = new List<string>();
        var where = op.Vendor.BizType.Contains('.', StringComparison.Ordinal)
            ? $"bizType <c>{op.Vendor.BizType}</c>"
            : $"<c>{op.Vendor.HttpMethod} {op.Vendor.Path}</c>";
        if (op.Version != "0.0.1")
        {
            where += $", version {op.Version}";
        }

        if (op.Group is { } group)
        {
            where += $", group <c>{group}</c>";
        }

        if (op.Vendor.DescribedBizType is { } described && described != op.Vendor.BizType && op.Vendor.BizType.Contains('.', StringComparison.Ordinal))
        {
            where += $" (the vendor's description names <c>{described}</c>; the path is what is called)";
        }

        parts.Add(where + ".");
        parts.Add(op.Vendor.QuoteEnvelope ? QuoteSentence(op) : AuthSentence(family, op));
        parts.Add(KindSentence(op));
        if (op.Remarks is { } remarks)
        {
            parts.Add(remarks);
        }

        return string.Join(" ", parts.Where(static p => p.Length > 0));
    }

    private static string AuthSentence(ApiFamily family, ApiOperation op) => (op.Auth, family.Name) switch
    {
        ("Guest", _) when op.Headers.FirstOrDefault(static h => h.Header == "token") is { Parameter: { } caller } =>
            $"Sends the token you pass in <paramref name=\"{caller}\"/> (not one the SDK holds); it is never logged.",
        ("Token", "Client") => "Needs a logged-in customer: only a <see cref=\"Cmfbl.Sdk.ClientApi.CustomerSession\"/> offers it.",
        ("TokenWhenAvailable", "Client") => "Works without a login, and sends the customer's token when called through a <see cref=\"Cmfbl.Sdk.ClientApi.CustomerSession\"/>.",
        ("TokenWhenAvailable", _) => "Sends the token when one is configured; the vendor marks it optional.",
        ("Guest", _) => "A guest call: no token is sent.",
        ("None", _) => "Sends neither a token nor a company id.",
        _ => string.Empty,
    };

    /// <summary>How a quote endpoint is called: neither gateway headers nor the Manager token, but the quote token and <c>{trace, data}</c>.</summary>
    private static string QuoteSentence(ApiOperation op) =>
        "A quote endpoint: the SDK sends the quote token (<see cref=\"Cmfbl.Sdk.ManagerApiOptions.QuoteToken\"/>) as the <c>token</c> query parameter and the request as <c>{trace, data}</c>"
        + (op.Vendor.QuoteQueryInUrl ? ", URL-encoded JSON in the <c>query</c> parameter" : " in the body")
        + "; the answer is <c>{ret, msg, trace, data}</c>, and a <c>ret</c> other than 200 throws <see cref=\"Cmfbl.Sdk.Errors.CmfblApiException\"/> with <c>ret</c> as its code and <c>msg</c> in its message.";

    private static string KindSentence(ApiOperation op) => op.Kind switch
    {
        "KeyedWrite" => $"A keyed write: every attempt carries the same <c>idempotency-key</c>, so it is retried like a read. {op.KindReason}".TrimEnd(),
        "UnsafeWrite" when op.Headers.FirstOrDefault(static h => h.Header == "idempotency-key") is { Parameter: { } key } =>
            $"Without <paramref name=\"{key}\"/> it is never retried automatically: if the answer is lost the call throws <see cref=\"Cmfbl.Sdk.Errors.CmfblOutcomeUnknownException\"/>. With it, every attempt carries your key, the gateway answers a repeat from its cache (24 h per key and bizType), and the SDK retries a lost answer like a read (on a customer session; an Open API session sends your key but does not retry, because the vendor does not say its gateway honours it).{SingleUseSentence(op)}{(op.OutcomeCheck is { } keyedCheck ? " " + Naming.Names.Xml(keyedCheck) : string.Empty)}",
        "UnsafeWrite" => $"Never retried automatically: if the answer is lost the call throws <see cref=\"Cmfbl.Sdk.Errors.CmfblOutcomeUnknownException\"/>.{(op.OutcomeCheck is { } check ? " " + Naming.Names.Xml(check) : string.Empty)}",
        _ => string.Empty,
    };

    /// <summary>The exception to retrying with a key: a call that carries a single-use code goes once.</summary>
    private static string SingleUseSentence(ApiOperation op) => op.SingleUse.Count == 0
        ? string.Empty
        : $" A call that carries {string.Join(" or ", op.SingleUse.Select(static f => $"<c>{f}</c>"))} is sent once even with a key: the first attempt may have used the code up.";

    private static string DefaultReturns(ApiOperation op) => op.Answer switch
    {
        AnswerShape.Page => "One page of records (empty past the last page).",
        AnswerShape.List => "The list; empty when there is none.",
        AnswerShape.Text => "The text the service returns; empty when it sends none.",
        AnswerShape.Scalar => "The value the service returns.",
        _ => op.AnswerNullable ? "The answer, or <see langword=\"null\"/> when the service sends none." : "The answer.",
    };

    private const string OutcomeUnknown = "CmfblOutcomeUnknownException";
}

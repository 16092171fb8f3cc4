using Cmfbl.Sdk.Generator.Model;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>
/// Writes the family's static operation table: what the pipeline knows about each service method (bizType, version,
/// kind, auth, answer, typed model reader), so nothing is reflected or parsed from URLs at run time.
/// </summary>
internal static class CatalogEmitter
{
    public static string Emit(ApiFamily family)
    {
        var w = new CodeWriter();
        w.Header(family.OverlayFile);
        w.Line();
        w.Line("using System.Text.Json;");
        w.Line("using Cmfbl.Sdk.Http;");
        w.Line("using Cmfbl.Sdk.Pagination;");
        w.Line();
        w.Line("namespace Cmfbl.Sdk.Http.Internal;");
        w.Line();
        w.Doc("content", $"The {family.Name} API's operations.");
        w.Open("internal static partial class OperationCatalog");
        w.Doc("summary", $"Adds the {family.Name} API's generated operations to <paramref name=\"table\"/>.");
        w.Doc("param", "The table being built.", " name=\"table\"");
        w.Doc("returns", "The same table.");
        w.Line($"public static OperationTable.Builder Add{family.Name}(this OperationTable.Builder table) => table").Indent();
        foreach (var service in family.Services)
        {
            // A guest operation of a split service is called through both interfaces (the derived one inherits it);
            // Refit names whichever interface the client was made for, so both find it.
            foreach (var (op, iface) in service.Operations.SelectMany(o => service.GuestInterface is not null && o.WorksAsGuest
                ? new[] { (o, service.DeclaringInterface(o)), (o, service.FullInterface) }
                : [(o, service.FullInterface)]))
            {
                w.Line($".Add(typeof({iface}), \"{op.Name}\", new(\"{op.Vendor.BizType}\", OperationKind.{op.Kind}, OperationAuth.{op.Auth}, ApiFamily.{family.Name})");
                w.Line("{");
                Property(w, "Version", Quote(op.Version));
                Property(w, "Answer", $"AnswerShape.{op.Answer}");
                if (op.Vendor.QuoteEnvelope)
                {
                    Property(w, "Quote", op.Vendor.QuoteQueryInUrl ? "QuoteRequestForm.Query" : "QuoteRequestForm.Body");
                }

                if (op.AnswerNullable)
                {
                    Property(w, "AnswerNullable", "true");
                }

                if (op.AnswerDigits)
                {
                    Property(w, "AnswerDigits", "true");
                }

                if (op.AnswerAcceptBoolean)
                {
                    Property(w, "AnswerAcceptsBoolean", "true");
                }

                if (op.Answer is AnswerShape.Model or AnswerShape.List or AnswerShape.Page)
                {
                    Property(w, "Model", $"ModelReader<{op.ContextType}>.Instance");
                }

                if (op.SingleUse.Count > 0)
                {
                    Property(w, "SingleUseFields", $"[{string.Join(", ", op.SingleUse.Select(Quote))}]");
                }

                if (op.Headers.Count > 0)
                {
                    Property(w, "HeaderParameters", $"[{string.Join(", ", op.Headers.Select(static h => $"HeaderNames.PropertyPrefix + {Quote(h.Header)}"))}]");
                }

                if (op.OutcomeCheck is { } check)
                {
                    Property(w, "OutcomeCheck", Quote(check));
                }

                w.Line("})");
            }
        }

        w.Line(";").Outdent();
        w.Close();
        return w.ToString();
    }

    private static void Property(CodeWriter w, string name, string value) => w.Line($"    {name} = {value},");

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

using Cmfbl.Sdk.Generator.Model;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>
/// Writes the family's static operation table: what the pipeline knows about each service method (bizType, version,
/// kind, auth, answer, typed model reader), so nothing is reflected or parsed from URLs at run time; one method per
/// service interface, loaded on the first call of that interface.
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
        // One method per service interface, found by the interface's full name: a table loads an interface's
        // operations the first time one of its methods is called, so nothing here runs (or is compiled, or loads a
        // model type) for the interfaces an application does not call.
        var services = family.Services
            .SelectMany(service => service.Operations.SelectMany(o => service.GuestInterface is not null && o.WorksAsGuest
                // A guest operation of a split service is called through both interfaces (the derived one inherits it);
                // Refit names whichever interface the client was made for, so both find it.
                ? new[] { (Op: o, Interface: service.DeclaringInterface(o)), (Op: o, Interface: service.FullInterface) }
                : [(Op: o, Interface: service.FullInterface)]))
            .GroupBy(static entry => entry.Interface, StringComparer.Ordinal)
            .OrderBy(static group => group.Key, StringComparer.Ordinal)
            .ToList();
        w.Doc("summary", $"Adds the generated operations of <paramref name=\"service\"/> to <paramref name=\"operations\"/>, if it is one of the {family.Name} API's service interfaces.");
        w.Doc("param", "The operations of one service interface, being loaded.", " name=\"operations\"");
        w.Doc("param", "The service interface.", " name=\"service\"");
        w.Doc("returns", "Whether <paramref name=\"service\"/> is one of the family's generated interfaces.");
        w.Open($"public static bool Add{family.Name}(OperationTable.ServiceOperations operations, Type service)");
        w.Open("switch (service.FullName)");
        foreach (var group in services)
        {
            w.Line($"case \"{group.Key}\":").Indent();
            w.Line($"{MethodName(family, group.Key)}(operations);");
            w.Line("return true;").Outdent();
        }

        w.Line("default:").Indent();
        w.Line("return false;").Outdent();
        w.Close();
        w.Close();
        foreach (var group in services)
        {
            w.Line();
            w.Line($"private static void {MethodName(family, group.Key)}(OperationTable.ServiceOperations operations) => operations").Indent();
            foreach (var (op, _) in group)
            {
                w.Line($".Add(\"{op.Name}\", new(\"{op.Vendor.BizType}\", OperationKind.{op.Kind}, OperationAuth.{op.Auth}, ApiFamily.{family.Name})");
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

                if (op.ContextType is { } answerType)
                {
                    Property(w, "Model", $"ModelReader<{answerType}>.Instance");
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

            w.Line(";").Outdent();
        }

        w.Close();
        return w.ToString();
    }

    /// <summary>The loading method of one interface: <c>AddManager_IAdminAssetsService</c>.</summary>
    private static string MethodName(ApiFamily family, string fullInterface) =>
        $"Add{family.Name}_{fullInterface[(fullInterface.LastIndexOf('.') + 1)..]}";

    private static void Property(CodeWriter w, string name, string value) => w.Line($"    {name} = {value},");

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

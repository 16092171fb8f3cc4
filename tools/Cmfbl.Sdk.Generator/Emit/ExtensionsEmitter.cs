using Cmfbl.Sdk.Generator.Model;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>Writes the page walkers of a service: one <c>IAsyncEnumerable</c> per paged query.</summary>
internal static class ExtensionsEmitter
{
    public static string? Emit(ApiFamily family, ApiService service)
    {
        var paged = service.Operations.Where(static o => o.Walker is not null).ToArray();
        if (paged.Length == 0)
        {
            return null;
        }

        var w = new CodeWriter();
        w.Header(family.OverlayFile);
        w.Line();
        w.Line("using Cmfbl.Sdk.Pagination;");
        w.Line();
        w.Line($"namespace {service.Namespace};");
        w.Line();
        w.Doc("summary", $"Conveniences over <see cref=\"{service.Interface}\"/> that are more than one call: a walker for each paged query.");
        w.Open($"public static partial class {service.Interface[1..]}Extensions");
        var first = true;
        foreach (var op in paged)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Doc("summary", $"Walks every page of <see cref=\"{service.DeclaringInterface(op)}.{op.Name}\"/>, one request per page, yielding records as they arrive. It stops on an empty page or when <c>current × size ≥ total</c>, and honours cancellation between and during pages.");
            w.Doc("param", "The service.", " name=\"service\"");
            w.Doc("param", op.RequestHasRequiredMembers ? "The filter and page size; its <c>Current</c> is the first page read." : "The filter and page size; its <c>Current</c> is the first page read. <see langword=\"null\"/> reads everything, 20 per page.", " name=\"filter\"");
            w.Doc("param", "Cancels the walk.", " name=\"cancellationToken\"");
            w.Doc("returns", "Every record, in the service's order.");
            w.Doc("exception", "A page could not be read.", " cref=\"Cmfbl.Sdk.Errors.CmfblException\"");
            w.Line($"public static IAsyncEnumerable<{op.AnswerType}> {op.Walker}(");
            w.Line($"    this {service.DeclaringInterface(op)} service,");
            w.Line(op.RequestHasRequiredMembers ? $"    {op.RequestType} filter," : $"    {op.RequestType}? filter = null,");
            w.Line("    CancellationToken cancellationToken = default)");
            w.Line("{");
            w.Line("    ArgumentNullException.ThrowIfNull(service);");
            w.Line(op.RequestHasRequiredMembers ? "    ArgumentNullException.ThrowIfNull(filter);" : $"    filter ??= new {op.RequestType}();");
            w.Line($"    return PageWalker.WalkAsync(filter.Current, (page, token) => service.{op.Name}(filter with {{ Current = page }}, token), filter.Size, cancellationToken);");
            w.Line("}");
        }

        w.Close();
        return w.ToString();
    }
}

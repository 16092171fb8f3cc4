namespace Cmfbl.Sdk.Http.Internal;

/// <summary>Small helpers the handlers share.</summary>
internal static class HttpRequestMessageExtensions
{
    /// <summary>Gets the operation the outermost handler resolved for this request.</summary>
    public static OperationDescriptor GetOperation(this HttpRequestMessage request) =>
        request.Options.TryGetValue(RequestOptionKeys.Operation, out var operation)
            ? operation
            : throw new InvalidOperationException("The request did not pass through the Cmfbl call handler. Resolve SDK services from AddCmfblSdk or CmfblClient.");

    /// <summary>Gets the trace header of the request, if any.</summary>
    public static string? GetTrace(this HttpRequestMessage request) =>
        request.Headers.TryGetValues(HeaderNames.Trace, out var values) ? values.FirstOrDefault() : null;

    /// <summary>Sets a header to exactly one value, replacing any earlier value (used by per-attempt handlers).</summary>
    public static void SetHeader(this HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}

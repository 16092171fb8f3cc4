namespace Cmfbl.Sdk.Http.Internal;

/// <summary>Small helpers the handlers share.</summary>
internal static class HttpRequestMessageExtensions
{
    /// <summary>
    /// Gets the operation of the call this request belongs to, kept on the request only when its answer is left for
    /// Refit's serializer to read (so a failure to read it names the operation); <see langword="null"/> otherwise.
    /// </summary>
    public static OperationDescriptor? FindOperation(this HttpRequestMessage request) =>
        request.Options.TryGetValue(RequestOptionKeys.Call, out var call) ? call.Operation : null;

    /// <summary>Gets the trace header of the request, if any (read without copying the header's values).</summary>
    public static string? GetTrace(this HttpRequestMessage request)
    {
        if (request.Headers.NonValidated.TryGetValues(HeaderNames.Trace, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Sets a header to exactly one value, replacing any earlier value (used per attempt).</summary>
    public static void SetHeader(this HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}

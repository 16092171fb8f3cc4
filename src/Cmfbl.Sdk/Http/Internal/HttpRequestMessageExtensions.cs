namespace Cmfbl.Sdk.Http.Internal;

/// <summary>Small helpers the handlers share.</summary>
internal static class HttpRequestMessageExtensions
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>Gets the operation the outermost handler resolved for this request.</summary>
    public static OperationDescriptor GetOperation(this HttpRequestMessage request) =>
        request.Options.TryGetValue(RequestOptionKeys.Operation, out var operation)
            ? operation
            : throw new InvalidOperationException("The request did not pass through the Cmfbl call handler. Resolve SDK services from AddCmfblSdk or CmfblClient.");

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

    /// <summary>Records whether the attempt's request went to the transport (<see cref="RequestOptionKeys.Sent"/>), without boxing a flag per call.</summary>
    public static void SetSent(this HttpRequestMessage request, bool sent) =>
        ((IDictionary<string, object?>)request.Options)[RequestOptionKeys.Sent.Key] = sent ? True : False;

    /// <summary>Sets a header to exactly one value, replacing any earlier value (used per attempt).</summary>
    public static void SetHeader(this HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}

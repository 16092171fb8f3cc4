using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Checks values before they go into a request header: a line break or another control character would end the
/// header early and let the rest of the value be read as a header of its own (header injection).
/// </summary>
internal static class HeaderValues
{
    /// <summary>Gets whether <paramref name="value"/> can be sent as a header value: visible ASCII, spaces and tabs only.</summary>
    public static bool IsValid(string? value)
    {
        if (value is null)
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c is < ' ' and not '\t' or >= '\u007f')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws when a header already on <paramref name="request"/> holds a value that cannot be sent.</summary>
    /// <exception cref="CmfblInvalidRequestException">A header value holds a line break, another control character or non-ASCII text.</exception>
    public static void Check(HttpRequestMessage request, string? bizType)
    {
        foreach (var (name, values) in request.Headers.NonValidated)
        {
            foreach (var value in values)
            {
                if (!IsValid(value))
                {
                    throw Invalid(name, bizType, request.GetTrace());
                }
            }
        }
    }

    /// <summary>
    /// Sets the headers a service method takes as parameters (carried as request options, see
    /// <see cref="HeaderNames.PropertyPrefix"/>), after checking each value.
    /// </summary>
    /// <exception cref="CmfblInvalidRequestException">A value cannot be sent as a header.</exception>
    public static void SetFromParameters(HttpRequestMessage request, OperationDescriptor operation)
    {
        foreach (var key in operation.HeaderParameters)
        {
            if (request.Options.TryGetValue(new HttpRequestOptionsKey<string?>(key), out var value) && !string.IsNullOrEmpty(value))
            {
                var name = key[HeaderNames.PropertyPrefix.Length..];
                if (!IsValid(value))
                {
                    throw Invalid(name, operation.BizType, request.GetTrace());
                }

                if (name == HeaderNames.IdempotencyKey && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
                {
                    // HTTP trims a header value: a blank or padded key would reach the gateway as another key (or none),
                    // while the SDK retried as if the gateway would answer a repeat from its cache.
                    throw new CmfblInvalidRequestException(
                        $"{operation.BizType} was not sent: the idempotency key is blank or starts or ends with white space, which HTTP drops. Pass your own id (a GUID or your order or transfer id) without surrounding spaces.",
                        new CmfblErrorContext(operation.BizType, request.GetTrace(), null),
                        name);
                }

                request.SetHeader(name, value);
            }
        }
    }

    /// <summary>The error for a header value that cannot be sent; the value itself is never quoted (it may be a secret).</summary>
    public static CmfblInvalidRequestException Invalid(string name, string? bizType, string? trace) =>
        new(
            $"{bizType ?? "The call"} was not sent: the value for the '{name}' header holds a line break, another control character or non-ASCII text, which cannot be sent in an HTTP header (it could inject a header of its own). Pass the value as it was issued.",
            new CmfblErrorContext(bizType, trace, null),
            name);
}

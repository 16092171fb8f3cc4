using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The check every <see cref="IRequestBody"/> uses for a required text field.</summary>
internal static class RequiredFields
{
    /// <summary>Throws when <paramref name="value"/> is null, empty or white space.</summary>
    /// <exception cref="CmfblInvalidRequestException">The field is empty.</exception>
    public static void Text(string? value, string field, string bizType)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CmfblInvalidRequestException(
                $"{bizType} was not sent: '{field}' is required and was left empty.",
                new CmfblErrorContext(bizType, null, null),
                field);
        }
    }
}

using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models.Internal;

/// <summary>What a model's <c>ToString()</c> prints for a secret: <c>***</c> when it is set, <c>null</c> when it is not.</summary>
internal static class Redaction
{
    public static string Mask(string? secret) => secret is null ? "null" : "***";

    public static string Mask(Md5Password? password) => password is null ? "null" : "***";
}

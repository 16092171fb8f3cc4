namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>How the Client API shows a customer's own phone and e-mail (e.g. <c>135******9561</c>, <c>22**@qq.com</c>).</summary>
internal static class Masking
{
    public static string? Phone(string? phone) =>
        phone is null ? null
        : phone.Length >= 7 ? string.Concat(phone.AsSpan(0, 3), "******", phone.AsSpan(phone.Length - 4))
        : "******";

    public static string? Email(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return "**";
        }

        return string.Concat(email.AsSpan(0, Math.Min(2, at)), "**", email.AsSpan(at));
    }
}

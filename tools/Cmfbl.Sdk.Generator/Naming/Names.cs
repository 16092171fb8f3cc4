using System.Globalization;
using System.Text;

namespace Cmfbl.Sdk.Generator.Naming;

/// <summary>Turns vendor names into names a .NET developer can guess.</summary>
internal static class Names
{
    /// <summary>Vendor misspellings fixed in every generated name (the XML doc still names the vendor's field).</summary>
    private static readonly (string Wrong, string Right)[] Typos =
    [
        ("Asserts", "Assets"),
        ("Radio", "Ratio"),
        ("PlatForm", "Platform"),
        ("Driect", "Direct"),
        ("Recharg", "Recharge"),
    ];

    /// <summary>Implementation words that say nothing to a caller.</summary>
    private static readonly string[] Dropped = ["Dubbo"];

    /// <summary><c>customer.admin.WhiteCustomerAdminApiService</c> → <c>IWhiteCustomerAdminApiService</c>.</summary>
    public static string Interface(string vendorService)
    {
        var last = vendorService[(vendorService.LastIndexOf('.') + 1)..];
        last = Pascal(last.Replace('-', '_'));
        foreach (var word in Dropped)
        {
            last = last.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return "I" + FixTypos(last);
    }

    /// <summary><c>queryPositionPage</c> → <c>QueryPositionPageAsync</c>; <c>forgetAssertsPwdMFA</c> → <c>ForgetAssetsPwdMfaAsync</c>.</summary>
    public static string Method(string vendorMethod) => FixTypos(Pascal(vendorMethod)) + "Async";

    /// <summary><c>customerNo</c> → <c>CustomerNo</c>; <c>kline_type</c> → <c>KlineType</c>; <c>marginRadio</c> → <c>MarginRatio</c>.</summary>
    public static string Property(string vendorField)
    {
        var name = FixTypos(Pascal(vendorField));
        if (name.Length == 0)
        {
            return "Value";
        }

        return char.IsDigit(name[0]) ? "Value" + name : name;
    }

    /// <summary>Upper camel case from camelCase, snake_case or kebab-case, with acronyms of three or more capitals lowered after the first (<c>MFA</c> → <c>Mfa</c>).</summary>
    public static string Pascal(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upperNext = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '_' or '-' or ' ' or '.' or '/')
            {
                upperNext = true;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (upperNext)
            {
                builder.Append(char.ToUpperInvariant(c));
                upperNext = false;
                continue;
            }

            // Lower the inner letters of an acronym: MFAStatus -> MfaStatus, queryMFA -> QueryMfa.
            var previousUpper = i > 0 && char.IsUpper(text[i - 1]);
            var nextLower = i + 1 < text.Length && char.IsLower(text[i + 1]);
            builder.Append(char.IsUpper(c) && previousUpper && !nextLower ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    public static string Camel(string pascal) =>
        pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];

    public static string FixTypos(string name)
    {
        foreach (var (wrong, right) in Typos)
        {
            name = name.Replace(wrong, right, StringComparison.Ordinal);
        }

        return name;
    }

    /// <summary>A rough singular for a model name made from a list field (<c>accountList</c> → <c>Account</c>, <c>records</c> → <c>Record</c>).</summary>
    public static string Singular(string pascal)
    {
        foreach (var suffix in new[] { "List", "Vos", "Vo", "Dtos", "Dto" })
        {
            if (pascal.Length > suffix.Length && pascal.EndsWith(suffix, StringComparison.Ordinal))
            {
                pascal = pascal[..^suffix.Length];
            }
        }

        if (pascal.EndsWith("ies", StringComparison.Ordinal))
        {
            return pascal[..^3] + "y";
        }

        if (pascal.EndsWith("sses", StringComparison.Ordinal) || pascal.EndsWith("xes", StringComparison.Ordinal))
        {
            return pascal[..^2];
        }

        return pascal.EndsWith('s') && !pascal.EndsWith("ss", StringComparison.Ordinal) && pascal.Length > 3 ? pascal[..^1] : pascal;
    }

    /// <summary>A component schema name without the Java suffixes (<c>CustomerStatusVO</c> → <c>CustomerStatus</c>).</summary>
    public static string FromComponent(string component)
    {
        var name = component;
        foreach (var prefix in new[] { "BaseResultBasePageVo", "BaseResultList", "BaseResult", "BasePageVo" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                name = name[prefix.Length..];
            }
        }

        foreach (var suffix in new[] { "ReqDto", "RespDto", "ReqVo", "RespVo", "Dto", "DTO", "VO", "Vo", "Req", "Resp" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return FixTypos(Pascal(name));
    }

    /// <summary>Text made safe for an XML doc comment on one line.</summary>
    public static string Xml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(static l => l.Trim())).Trim();
        return flat.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>A sentence: capitalised, ending with a full stop.</summary>
    public static string Sentence(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return text;
        }

        text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
        return text.EndsWith('.') || text.EndsWith('>') ? text : text + ".";
    }
}

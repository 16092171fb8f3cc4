namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>A header the caller passes as a method parameter.</summary>
internal sealed class HeaderOverlay
{
    /// <summary>Gets or sets the header name, for example <c>captcha</c>.</summary>
    public string Header { get; set; } = string.Empty;

    /// <summary>Gets or sets the parameter name, for example <c>captcha</c> or <c>clientIp</c>.</summary>
    public string Parameter { get; set; } = string.Empty;

    /// <summary>Gets or sets whether the parameter is optional (<c>= null</c>).</summary>
    public bool Optional { get; set; } = true;

    /// <summary>Gets or sets the parameter's documentation.</summary>
    public string Doc { get; set; } = string.Empty;
}

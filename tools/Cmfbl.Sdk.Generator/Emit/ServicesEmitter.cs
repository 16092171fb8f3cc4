using Cmfbl.Sdk.Generator.Model;

namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>Writes the family's services class (one lazily resolved property per interface) and its DI registrations.</summary>
internal static class ServicesEmitter
{
    public static string ServicesClass(ApiFamily family)
    {
        var o = family.Overlay;
        var w = new CodeWriter();
        w.Header(family.OverlayFile);
        w.Line();
        w.Line("using Microsoft.Extensions.DependencyInjection;");
        w.Line();
        w.Line($"namespace {o.Namespace};");
        w.Line();
        w.Doc("summary", o.ServicesSummary);
        w.Open($"public sealed partial class {o.ServicesClass}");
        w.Line("private readonly IServiceProvider _services;");
        var offered = family.Services.Where(static s => s.OnServicesClass).ToArray();
        foreach (var service in offered)
        {
            w.Line($"private {Full(service, service.ServicesInterface)}? _{Camel(service.Property)};");
        }

        w.Line();
        w.Doc("summary", $"Initializes a new instance of the <see cref=\"{o.ServicesClass}\"/> class; each service is created the first time it is used.");
        w.Doc("param", "The container the services come from.", " name=\"services\"");
        w.Line($"internal {o.ServicesClass}(IServiceProvider services) => _services = services;");
        foreach (var service in offered)
        {
            var type = Full(service, service.ServicesInterface);
            w.Line();
            w.Doc("summary", service.GuestInterface is null
                ? $"Gets {Lower(service.Summary)} (<c>{service.VendorName}</c>)."
                : $"Gets the guest part of {Lower(service.Summary)} (<c>{service.VendorName}</c>): the operations that work without a login. A <see cref=\"{o.SessionClass}\"/> offers all of them on <see cref=\"{o.SessionClass}.{service.Property}\"/>.");
            w.Line($"public {type} {service.Property} => _{Camel(service.Property)} ??= _services.GetRequiredService<{type}>();");
        }

        w.Close();
        return w.ToString();
    }

    /// <summary>The session class's services: every service of the family, with all its operations, created on first use.</summary>
    public static string? SessionClass(ApiFamily family)
    {
        var o = family.Overlay;
        if (o.SessionClass is not { } session)
        {
            return null;
        }

        var w = new CodeWriter();
        w.Header(family.OverlayFile);
        w.Line();
        w.Line($"namespace {o.Namespace};");
        w.Line();
        w.Doc("content", "The services, acting as this session's user; each is created the first time it is used.");
        w.Open($"public sealed partial class {session}");
        var offered = family.Services.Where(static s => s.OnSession).ToArray();
        foreach (var service in offered)
        {
            w.Line($"private {Full(service, service.Interface)}? _{Camel(service.Property)};");
        }

        foreach (var service in offered)
        {
            w.Line();
            w.Doc("summary", $"Gets {Lower(service.Summary)}, acting as this session's customer (<c>{service.VendorName}</c>).");
            w.Line($"public {Full(service, service.Interface)} {service.Property} => _{Camel(service.Property)} ??= Create<{Full(service, service.Interface)}>();");
        }

        w.Close();
        return w.ToString();
    }

    public static string Registrations(ApiFamily family)
    {
        var o = family.Overlay;
        var w = new CodeWriter();
        w.Header(family.OverlayFile);
        w.Line();
        w.Line("using Cmfbl.Sdk.Internal;");
        w.Line("using Microsoft.Extensions.DependencyInjection.Extensions;");
        w.Line();
        w.Line("namespace Microsoft.Extensions.DependencyInjection;");
        w.Line();
        w.Doc("content", $"The {family.Name} API's service interfaces{(o.SessionClass is null ? string.Empty : " that work without a login")}.");
        w.Open("public static partial class CmfblServiceCollectionExtensions");
        w.Open($"private static void Add{family.Name}Services(IServiceCollection services)");
        foreach (var service in family.Services.Where(static s => s.OnServicesClass))
        {
            var type = $"{service.Namespace}.{service.ServicesInterface}";
            w.Line(service.Factory is { } factory
                ? $"services.TryAddTransient<{type}>(static provider => {factory}(provider));"
                : $"services.TryAddTransient(static provider => Create<{type}>(provider, {o.ClientName}));");
        }

        w.Line($"services.TryAddTransient(static provider => new {o.Namespace}.{o.ServicesClass}(provider));");
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>An interface's name as the family's own namespace sees it: short when it is there, qualified when it is in a group.</summary>
    private static string Full(ApiService service, string name) => service.Folder.Contains('/', StringComparison.Ordinal) ? $"{service.Namespace}.{name}" : name;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Lower(string summary)
    {
        var text = summary.TrimEnd('.');
        return text.StartsWith("The ", StringComparison.Ordinal) ? "t" + text[1..] : text;
    }
}

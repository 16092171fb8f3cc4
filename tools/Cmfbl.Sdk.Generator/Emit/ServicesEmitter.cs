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
        foreach (var service in family.Services)
        {
            w.Line($"private {service.Interface}? _{Camel(service.Property)};");
        }

        w.Line();
        w.Doc("summary", $"Initializes a new instance of the <see cref=\"{o.ServicesClass}\"/> class; each service is created the first time it is used.");
        w.Doc("param", "The container the services come from.", " name=\"services\"");
        w.Line($"internal {o.ServicesClass}(IServiceProvider services) => _services = services;");
        foreach (var service in family.Services)
        {
            w.Line();
            w.Doc("summary", $"Gets {Lower(service.Summary)} (<c>{service.VendorName}</c>).");
            w.Line($"public {service.Interface} {service.Property} => _{Camel(service.Property)} ??= _services.GetRequiredService<{service.Interface}>();");
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
        w.Doc("content", $"The {family.Name} API's service interfaces.");
        w.Open("public static partial class CmfblServiceCollectionExtensions");
        w.Open($"private static void Add{family.Name}Services(IServiceCollection services)");
        foreach (var service in family.Services)
        {
            var type = $"{o.Namespace}.{service.Interface}";
            w.Line(service.Factory is { } factory
                ? $"services.TryAddTransient<{type}>(static provider => {factory}(provider));"
                : $"services.TryAddTransient(static provider => Create<{type}>(provider, {o.ClientName}));");
        }

        w.Line($"services.TryAddTransient(static provider => new {o.Namespace}.{o.ServicesClass}(provider));");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Lower(string summary)
    {
        var text = summary.TrimEnd('.');
        return text.StartsWith("The ", StringComparison.Ordinal) ? "t" + text[1..] : text;
    }
}

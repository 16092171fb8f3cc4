using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>Reads overlay files; an unknown key is an error, so a typo cannot be silently ignored.</summary>
internal static class OverlayReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static T Read<T>(string path)
    {
        try
        {
            return Deserializer.Deserialize<T>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is empty.");
        }
        catch (YamlDotNet.Core.YamlException exception)
        {
            throw new InvalidOperationException($"{path}({exception.Start.Line},{exception.Start.Column}): {exception.InnerException?.Message ?? exception.Message}", exception);
        }
    }
}

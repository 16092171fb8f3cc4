using System.Text;
using System.Text.Json;

namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>Writes a small JSON value to a string.</summary>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

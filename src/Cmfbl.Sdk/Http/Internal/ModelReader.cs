using System.Text.Json;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Reads an operation's answer model straight from the envelope, in one pass, inside the pipeline (so a failure is
/// the call's failure: in its span, its metrics and its log line). One typed instance per answer type, named by the
/// generated operation table.
/// </summary>
internal abstract class ModelReader
{
    /// <summary>Reads the value that starts at the reader's current token (the reader is left on the value's last token).</summary>
    public abstract object? Read(ref Utf8JsonReader reader);

    /// <summary>Reads <paramref name="json"/> with the serializer, which names the JSON path of a failure; used only to explain one.</summary>
    public abstract void Explain(ReadOnlySpan<byte> json);
}

using System.Text.Json;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>Where the envelope reader stopped, to resume reading at the <c>data</c> value.</summary>
/// <param name="Offset">The index of the first byte after the <c>"data":</c> name.</param>
/// <param name="State">The reader's state there.</param>
internal readonly record struct EnvelopeResume(int Offset, JsonReaderState State);

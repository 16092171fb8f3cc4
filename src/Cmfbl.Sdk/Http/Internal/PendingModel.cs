using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// A model left to read from a <see cref="JsonDataContent"/>: the call it belongs to (for its errors) and where the
/// envelope reader stopped, at the <c>data</c> value.
/// </summary>
/// <param name="Context">The call, for the errors.</param>
/// <param name="Resume">Where to resume reading.</param>
internal sealed record PendingModel(CmfblErrorContext Context, EnvelopeResume Resume);

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// A request body that checks itself, or fills values from the options, before it is serialized: a required field
/// left empty fails here, with a clear error, before anything is sent.
/// </summary>
internal interface IRequestBody
{
    /// <summary>Checks the body and returns the one to send (this one, or a copy with defaults filled in).</summary>
    /// <param name="defaults">The values the options supply.</param>
    /// <returns>The body to send.</returns>
    /// <exception cref="Errors.CmfblInvalidRequestException">A required field is missing.</exception>
    object Prepare(RequestDefaults defaults);
}

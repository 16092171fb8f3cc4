namespace Cmfbl.Sdk.Security;

/// <summary>
/// The SDK's estimate of the vendor's clock, which stamps the <c>timestamp</c> of every API-key request (Open and
/// Bridge APIs). It starts equal to the local clock; when the gateway answers that a request was outside its time
/// window (<c>00012002</c>), the SDK asks the server its time (<c>thirdExt/now</c>), keeps the offset, signs the
/// request again and sends it once more. Resolve it from the container (or <see cref="CmfblClient.ServerClock"/>) to
/// watch or refresh the offset.
/// </summary>
public interface IServerClock
{
    /// <summary>Gets how far the server's clock is ahead of the local one (negative when behind). Zero until the first synchronisation.</summary>
    TimeSpan Offset { get; }

    /// <summary>Gets when (local time) the offset was last measured, or <see langword="null"/> if it never was.</summary>
    DateTimeOffset? LastSynchronized { get; }

    /// <summary>Gets the current time as the server's clock has it (the local clock plus <see cref="Offset"/>).</summary>
    /// <returns>The estimated server time.</returns>
    DateTimeOffset GetServerTime();

    /// <summary>Asks the server for its time now (<c>POST {api}/thirdExt/now</c>) and keeps the offset.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the offset is updated.</returns>
    /// <exception cref="Errors.CmfblException">The call failed; the offset is unchanged.</exception>
    Task SynchronizeAsync(CancellationToken cancellationToken = default);
}

namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary>
/// Checks the <c>signature</c> header of a Bridge notification. The vendor does not document how it signs these
/// callbacks; the default verifier assumes the Open API scheme with the platform's key (see
/// <see cref="BridgeNotificationOptions.PlatformPublicKey"/>). Register your own implementation as a singleton
/// (before or after <c>AddCmfblBridgeNotifications</c>) to replace it.
/// </summary>
public interface IBridgeSignatureVerifier
{
    /// <summary>Returns whether the notification is authentic.</summary>
    /// <param name="context">The raw body and the headers that matter.</param>
    /// <returns><see langword="true"/> to accept the notification; <see langword="false"/> answers HTTP 401.</returns>
    bool Verify(BridgeSignatureContext context);
}

using System.Security.Cryptography;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Internal;

/// <summary>Checks the API keys, private keys, receive windows and encryption keys of the options at start.</summary>
internal static class ApiKeyOptionsValidation
{
    public static void Check(CmfblOptions options, List<string> failures)
    {
        CheckKey(options.OpenApi.ApiKey, options.OpenApi.PrivateKey, "Cmfbl:OpenApi", requirePrivateKey: true, failures);
        CheckKey(options.BridgeApi.ApiKey, options.BridgeApi.PrivateKey, "Cmfbl:BridgeApi", requirePrivateKey: false, failures);
        CheckWindow(options.OpenApi.RecvWindow, "Cmfbl:OpenApi:RecvWindow", failures);
        CheckWindow(options.BridgeApi.RecvWindow, "Cmfbl:BridgeApi:RecvWindow", failures);
        CheckEncryption(options.ClientApi.BodyEncryption, "Cmfbl:ClientApi:BodyEncryption", failures);
        CheckEncryption(options.ManagerApi.BodyEncryption, "Cmfbl:ManagerApi:BodyEncryption", failures);
    }

    private static void CheckKey(string? apiKey, string? privateKey, string section, bool requirePrivateKey, List<string> failures)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            if (!string.IsNullOrEmpty(privateKey))
            {
                failures.Add($"{section}:PrivateKey is set without {section}:ApiKey: set both, or neither.");
            }

            return;
        }

        if (string.IsNullOrEmpty(privateKey))
        {
            if (requirePrivateKey)
            {
                failures.Add($"{section}:ApiKey is set without {section}:PrivateKey: set both (the private key applyApi returned), or neither.");
            }

            return;
        }

        try
        {
            ApiKeyCredential.FromPrivateKey(apiKey, privateKey).Dispose();
        }
        catch (ArgumentException exception)
        {
            failures.Add($"{section}: {exception.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    private static void CheckWindow(TimeSpan? window, string setting, List<string> failures)
    {
        if (window is { } value && (value <= TimeSpan.Zero || value > TimeSpan.FromMinutes(1)))
        {
            failures.Add($"{setting} must be positive and at most a minute when set (the vendor's examples use 5 s).");
        }
    }

    private static void CheckEncryption(BodyEncryptionOptions encryption, string section, List<string> failures)
    {
        if (!encryption.Enabled)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(encryption.PublicKey))
        {
            failures.Add($"{section}:PublicKey is required when {section}:Enabled is true: the company's RSA public key (the Manager auth answer's publicKey).");
            return;
        }

        try
        {
            PublicKeys.Import(encryption.PublicKey).Dispose();
        }
        catch (CryptographicException)
        {
            failures.Add($"{section}:PublicKey could not be read: pass Base64 X.509 SubjectPublicKeyInfo (as the Manager auth returns it) or PEM.");
        }
    }
}

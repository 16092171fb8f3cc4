using System.Security.Cryptography;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>How one family's attempts identify themselves: a token source, an API key (and the server clock that stamps it), body encryption.</summary>
internal sealed class FamilyAuth : IDisposable
{
    /// <summary>Gets the family's own token source (the Manager token), when it has one.</summary>
    public ITokenSource? Tokens { get; init; }

    /// <summary>Gets the family's own API key (the Bridge merchant key), when it has one; a request may carry its own (an Open API session).</summary>
    public ApiKeyCredential? ApiKey { get; init; }

    /// <summary>Gets the server clock that stamps API-key requests.</summary>
    public ServerClock? Clock { get; init; }

    /// <summary>Gets the <c>recvWindow</c> header API-key requests carry, if any.</summary>
    public TimeSpan? RecvWindow { get; init; }

    /// <summary>Gets the company's public key when the family encrypts bodies (REFERENCE §1.3).</summary>
    public RSA? EncryptionKey { get; init; }

    /// <summary>Gets whether the family's bodies go encrypted (its traces start <c>x-</c>).</summary>
    public bool EncryptsBodies => EncryptionKey is not null;

    /// <summary>Imports the company public key of <paramref name="options"/>, when encryption is on.</summary>
    public static RSA? EncryptionKeyOf(BodyEncryptionOptions options) =>
        options.Enabled && options.PublicKey is { Length: > 0 } key ? PublicKeys.Import(key) : null;

    public void Dispose()
    {
        EncryptionKey?.Dispose();
        ApiKey?.Dispose();
    }
}

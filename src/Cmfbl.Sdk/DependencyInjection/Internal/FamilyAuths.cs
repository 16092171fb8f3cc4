using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Security.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.DependencyInjection.Internal;

/// <summary>
/// How each family identifies its calls, made once per container from the options (keys imported once) and disposed
/// with it: the Manager token, the Client API's encryption, the Open API's clock, the Bridge API's merchant key.
/// </summary>
internal sealed class FamilyAuths(IServiceProvider provider) : IDisposable
{
    private readonly Lazy<FamilyAuth> _manager = new(() => new FamilyAuth
    {
        Tokens = provider.GetRequiredService<ManagerTokenProvider>(),
        EncryptionKey = FamilyAuth.EncryptionKeyOf(Options(provider).ManagerApi.BodyEncryption),
    });

    private readonly Lazy<FamilyAuth> _client = new(() => new FamilyAuth
    {
        EncryptionKey = FamilyAuth.EncryptionKeyOf(Options(provider).ClientApi.BodyEncryption),
    });

    private readonly Lazy<FamilyAuth> _openApi = new(() => new FamilyAuth
    {
        Clock = provider.GetRequiredService<ServerClock>(),
        RecvWindow = Options(provider).OpenApi.RecvWindow,
    });

    private readonly Lazy<FamilyAuth> _bridge = new(() => new FamilyAuth
    {
        ApiKey = BridgeKey(provider),
        Clock = provider.GetRequiredService<ServerClock>(),
        RecvWindow = Options(provider).BridgeApi.RecvWindow,
    });

    /// <summary>A family the SDK holds nothing for (Auth2: its calls take the caller's token as a parameter).</summary>
    private static readonly FamilyAuth NoAuth = new();

    public FamilyAuth For(ApiFamily family) => family switch
    {
        ApiFamily.Manager => _manager.Value,
        ApiFamily.Client => _client.Value,
        ApiFamily.OpenApi => _openApi.Value,
        ApiFamily.Bridge => _bridge.Value,
        _ => NoAuth,
    };

    public void Dispose()
    {
        foreach (var auth in new[] { _manager, _client, _openApi, _bridge })
        {
            if (auth.IsValueCreated)
            {
                auth.Value.Dispose();
            }
        }
    }

    private static CmfblOptions Options(IServiceProvider provider) => provider.GetRequiredService<SdkRuntime>().Options;

    /// <summary>The merchant key: signed by a registered <see cref="IRequestSigner"/>, else by the configured private key; none when no key is configured.</summary>
    private static ApiKeyCredential? BridgeKey(IServiceProvider provider)
    {
        var bridge = Options(provider).BridgeApi;
        if (string.IsNullOrEmpty(bridge.ApiKey))
        {
            return null;
        }

        return provider.GetService<IRequestSigner>() is { } signer
            ? ApiKeyCredential.FromSigner(bridge.ApiKey, signer)
            : bridge.PrivateKey is { Length: > 0 } privateKey ? ApiKeyCredential.FromPrivateKey(bridge.ApiKey, privateKey) : null;
    }
}

using System.Globalization;
using System.Security.Cryptography;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The customers' Open API keys: issued by applyApi with a fresh RSA key pair, changed and deleted by the key-management calls.</summary>
internal sealed class ApiKeyStore(TimeProvider time)
{
    /// <summary>A key without an IP binding expires after 90 days (REFERENCE §1.4).</summary>
    public static readonly TimeSpan UnboundLifetime = TimeSpan.FromDays(90);

    public const int MaxKeysPerCustomer = 5;

    private static readonly string[] PermissionCodes = ["ready_only", "trade", "contract_trade", "captial_out"];

    private readonly object _gate = new();
    private readonly Dictionary<string, ApiKeyRecord> _keys = new(StringComparer.Ordinal);
    private long _nextId = 1;

    public static IReadOnlyList<string> Codes => PermissionCodes;

    /// <summary>Issues a key; returns it and its private key (Base64 PKCS#8), or the error the service answers.</summary>
    public (ApiKeyRecord? Key, string? PrivateKey, FakeError? Error) Apply(FakeCustomer customer, string tag)
    {
        using var rsa = RSA.Create(1024);
        var privateKey = Convert.ToBase64String(rsa.ExportPkcs8PrivateKey());
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var owned = _keys.Values.Where(k => k.CustomerId == customer.Id).ToArray();
            if (owned.Length >= MaxKeysPerCustomer)
            {
                return (null, null, Errors.TooManyApiKeys);
            }

            if (owned.Any(k => string.Equals(k.Tag, tag, StringComparison.Ordinal)))
            {
                return (null, null, Errors.ApiTagExists);
            }

            var key = new ApiKeyRecord
            {
                Id = _nextId++,
                ApiKey = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
                CustomerId = customer.Id,
                CustomerNo = customer.CustomerNo,
                CustomerGroupId = customer.CustomerGroupId,
                Tag = tag,
                PublicKey = Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()),
                SecretKeyMd5 = Md5Hex.Of(privateKey),
                Permissions = PermissionCodes.ToDictionary(code => code, code => code == "ready_only" ? 1 : 2, StringComparer.Ordinal),
                CreateTime = now,
                UpdateTime = now,
                ExpiredTime = now + UnboundLifetime,
            };
            _keys[key.ApiKey] = key;
            return (key, privateKey, null);
        }
    }

    public ApiKeyRecord? Find(string apiKey)
    {
        lock (_gate)
        {
            return _keys.GetValueOrDefault(apiKey);
        }
    }

    public ApiKeyRecord? Find(long customerId, long id)
    {
        lock (_gate)
        {
            return _keys.Values.FirstOrDefault(k => k.Id == id && k.CustomerId == customerId);
        }
    }

    public IReadOnlyList<ApiKeyRecord> OfCustomer(long customerId)
    {
        lock (_gate)
        {
            return _keys.Values.Where(k => k.CustomerId == customerId).OrderByDescending(k => k.Id).ToArray();
        }
    }

    public IReadOnlyList<ApiKeyRecord> All()
    {
        lock (_gate)
        {
            return _keys.Values.OrderBy(k => k.Id).ToArray();
        }
    }

    /// <summary>Replaces a key with <paramref name="change"/>'s result, unless another key of the customer has the new tag.</summary>
    public (ApiKeyRecord? Key, FakeError? Error) Update(long customerId, long id, Func<ApiKeyRecord, ApiKeyRecord> change)
    {
        lock (_gate)
        {
            var key = _keys.Values.FirstOrDefault(k => k.Id == id && k.CustomerId == customerId);
            if (key is null)
            {
                return (null, Errors.DataNotFound);
            }

            var changed = change(key) with { UpdateTime = time.GetUtcNow() };
            if (_keys.Values.Any(k => k.CustomerId == customerId && k.Id != id && string.Equals(k.Tag, changed.Tag, StringComparison.Ordinal)))
            {
                return (null, Errors.ApiTagExists);
            }

            _keys[key.ApiKey] = changed;
            return (changed, null);
        }
    }

    public bool Delete(long customerId, long id)
    {
        lock (_gate)
        {
            var key = _keys.Values.FirstOrDefault(k => k.Id == id && k.CustomerId == customerId);
            return key is not null && _keys.Remove(key.ApiKey);
        }
    }
}

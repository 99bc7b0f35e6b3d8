using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>The configured API keys, as SHA-256 digests; finds the integration a presented key belongs to.</summary>
public sealed class ApiKeyStore
{
    private readonly (byte[] Digest, ApiKeyDefinition Key)[] _keys;

    public ApiKeyStore(IOptions<ApiKeyOptions> options) =>
        _keys = options.Value.Keys.Select(k => (ApiKeyHashes.DigestOfConfigured(k.Key) ?? [], k)).ToArray();

    /// <summary>The key's definition, or null. Compares every configured digest in constant time, so timing tells nothing about any key.</summary>
    public ApiKeyDefinition? Find(string presented)
    {
        var digest = ApiKeyHashes.Digest(presented);
        ApiKeyDefinition? found = null;
        foreach (var (configured, key) in _keys)
        {
            // No early exit: every presented key costs the same comparisons.
            if (CryptographicOperations.FixedTimeEquals(configured, digest))
                found = key;
        }
        return found;
    }

    /// <summary>The definition of the key named <paramref name="name"/> (for its rate limit), or null.</summary>
    public ApiKeyDefinition? Named(string name) =>
        _keys.Select(k => k.Key).FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}

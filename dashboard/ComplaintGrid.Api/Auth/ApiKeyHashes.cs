using System.Security.Cryptography;
using System.Text;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// API key hashes: <c>sha256$</c> and the base64 SHA-256 of the key. A plain hash suffices (unlike passwords):
/// keys are long random strings, so there is nothing for a slow hash to protect against guessing.
/// </summary>
public static class ApiKeyHashes
{
    public const string HashPrefix = "sha256$";

    /// <summary>Shorter keys can be guessed; 24 random base64 characters are 144 bits.</summary>
    public const int MinimumKeyLength = 20;

    /// <summary>Hashes a key for <c>ComplaintGrid:Api:Keys:{n}:Key</c>.</summary>
    public static string Hash(string key) => HashPrefix + Convert.ToBase64String(Digest(key));

    /// <summary>A new random key: 32 URL-safe characters.</summary>
    public static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    /// <summary>The SHA-256 of a configured value: decoded when it is a hash, computed when it is the key itself; null when a hash is malformed.</summary>
    public static byte[]? DigestOfConfigured(string configured)
    {
        if (!configured.StartsWith(HashPrefix, StringComparison.Ordinal))
            return Digest(configured);
        try
        {
            var digest = Convert.FromBase64String(configured[HashPrefix.Length..]);
            return digest.Length == SHA256.HashSizeInBytes ? digest : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}

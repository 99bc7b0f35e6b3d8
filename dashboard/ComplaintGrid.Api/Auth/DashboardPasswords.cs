using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplaintGrid.Api.Auth;

/// <summary>Password hashes for configured users: PBKDF2-SHA256, <c>pbkdf2-sha256$iterations$salt$hash</c> (base64).</summary>
public static class DashboardPasswords
{
    public const string HashPrefix = "pbkdf2-sha256$";

    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int Iterations = 600_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes a password for <c>ComplaintGrid:Dashboard:Users:{n}:Password</c>.</summary>
    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{HashPrefix}{Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool IsWellFormedHash(string stored) => TryParse(stored, out _, out _, out _);

    /// <summary>Checks a password against a stored hash or plain value, in time independent of where they differ.</summary>
    public static bool Verify(string stored, string password)
    {
        var given = Encoding.UTF8.GetBytes(password);
        if (!stored.StartsWith(HashPrefix, StringComparison.Ordinal))
            return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(stored)), SHA256.HashData(given));
        if (!TryParse(stored, out var iterations, out var salt, out var expected))
            return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(given, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryParse(string stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] + "$" != HashPrefix)
            return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1)
            return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length > 0 && hash.Length > 0;
    }
}

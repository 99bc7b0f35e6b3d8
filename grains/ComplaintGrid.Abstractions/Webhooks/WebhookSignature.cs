using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplaintGrid;

/// <summary>
/// Signs and verifies webhook deliveries: <c>sha256=</c> + lowercase hex of HMAC-SHA256, keyed with the UTF-8 secret,
/// over the ASCII timestamp, a dot, and the exact body bytes. Receivers verify with <see cref="Verify"/>.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The prefix naming the algorithm in <see cref="WebhookHeaders.Signature"/>.</summary>
    public const string Prefix = "sha256=";

    /// <summary>How far a timestamp may be from the receiver's clock by default: long enough for clock skew, short enough to stop replays.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The signature header value for <paramref name="body"/> sent at <paramref name="unixSeconds"/>.</summary>
    public static string Compute(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return Prefix + Convert.ToHexStringLower(mac);
    }

    /// <summary>
    /// True when <paramref name="signature"/> signs <paramref name="body"/> with <paramref name="secret"/> at
    /// <paramref name="timestamp"/> (the header values as received), and that timestamp is within
    /// <paramref name="tolerance"/> of <paramref name="now"/>. Compares in constant time.
    /// </summary>
    public static bool Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret) || signature is null
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds))
            return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - unixSeconds) > tolerance.TotalSeconds)
            return false;
        var expected = Encoding.ASCII.GetBytes(Compute(secret, unixSeconds, body));
        var actual = Encoding.ASCII.GetBytes(signature.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}

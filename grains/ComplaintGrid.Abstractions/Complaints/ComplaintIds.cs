using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ComplaintGrid;

/// <summary>
/// Complaint ids are derived from the customer id and the caller's idempotency key, keyed with a secret the deployment
/// keeps in its store, so a retried filing reaches the same grain and files one complaint, while nobody who knows a
/// customer's ticket numbers can compute the id of their complaints. Callers file through the silo (the API, the client
/// or <see cref="IComplaintIntakeGrain"/>) and read the id from the answer.
/// </summary>
public static class ComplaintIds
{
    /// <summary>Every complaint id starts with this.</summary>
    public const string Prefix = "CMP-";

    // 65 bits of the hash: a collision among a billion complaints has odds of about 1 in 70.
    private const int EncodedLength = 13;
    private const int HashBytes = 32;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly SearchValues<char> AlphabetValues = SearchValues.Create(Alphabet);

    /// <summary>
    /// The id of the complaint filed by <paramref name="customerId"/> with <paramref name="idempotencyKey"/> in the
    /// deployment whose id secret is <paramref name="secret"/>: HMAC-SHA256 of both, encoded like every complaint id.
    /// </summary>
    public static string For(string customerId, string idempotencyKey, ReadOnlySpan<byte> secret)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        if (secret.IsEmpty)
            throw new ArgumentException("The id secret must not be empty.", nameof(secret));
        Span<byte> hash = stackalloc byte[HashBytes];
        HMACSHA256.HashData(secret, Input(customerId, idempotencyKey), hash);
        return Encode(hash);
    }

    /// <summary>
    /// The id complaints were given before ids were keyed: a plain SHA-256 of the customer id and idempotency key,
    /// which anyone can compute. Used only to find a complaint filed then when its filing is retried.
    /// </summary>
    public static string Unkeyed(string customerId, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return Encode(SHA256.HashData(Input(customerId, idempotencyKey)));
    }

    /// <summary>Whether <paramref name="id"/> has the shape of a complaint id.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 17 } && id.StartsWith(Prefix, StringComparison.Ordinal) && id.AsSpan(Prefix.Length).IndexOfAnyExcept(AlphabetValues) < 0;

    private static byte[] Input(string customerId, string idempotencyKey) => Encoding.UTF8.GetBytes(customerId + "\n" + idempotencyKey);

    private static string Encode(ReadOnlySpan<byte> hash)
    {
        var value = BitConverter.ToUInt64(hash);
        var extraBit = hash[8] & 1;
        Span<char> chars = stackalloc char[EncodedLength];
        // 12 characters of 5 bits from the first 60 bits, and one from the last 4 bits plus one more.
        for (var i = 0; i < EncodedLength - 1; i++)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        chars[EncodedLength - 1] = Alphabet[(int)((value & 15) << 1 | (uint)extraBit)];
        return string.Concat(Prefix, chars);
    }
}

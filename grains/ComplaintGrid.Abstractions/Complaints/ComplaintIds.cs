using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ComplaintGrid;

/// <summary>
/// Complaint ids are derived from the customer id and the caller's idempotency key, so a retried filing
/// reaches the same grain and files one complaint, with no index to consult or keep consistent.
/// </summary>
public static class ComplaintIds
{
    /// <summary>Every complaint id starts with this.</summary>
    public const string Prefix = "CMP-";

    // 65 bits of SHA-256: a collision among a billion complaints has odds of about 1 in 70.
    private const int EncodedLength = 13;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly SearchValues<char> AlphabetValues = SearchValues.Create(Alphabet);

    /// <summary>The id of the complaint filed by <paramref name="customerId"/> with <paramref name="idempotencyKey"/>.</summary>
    public static string For(string customerId, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(customerId + "\n" + idempotencyKey));
        var value = BitConverter.ToUInt64(hash, 0);
        var extraBit = hash[8] & 1;
        var chars = new char[EncodedLength];
        // 12 characters of 5 bits from the first 60 bits, and one from the last 4 bits plus one more.
        for (var i = 0; i < EncodedLength - 1; i++)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        chars[EncodedLength - 1] = Alphabet[(int)((value & 15) << 1 | (uint)extraBit)];
        return Prefix + new string(chars);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of a complaint id.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 17 } && id.StartsWith(Prefix, StringComparison.Ordinal) && id.AsSpan(Prefix.Length).IndexOfAnyExcept(AlphabetValues) < 0;
}

using System.Globalization;
using System.Text;

namespace ComplaintGrid.Domain.Text;

/// <summary>
/// What makes two complaint texts near-identical: the set of their three-word runs (shingles), hashed, compared by
/// Jaccard similarity. Numbers are one token (<c>#</c>), so the same story told under another order or account number
/// still matches. <see cref="BandKeys"/> cut a MinHash signature into bands: texts that share a band key are
/// candidates (locality-sensitive hashing), so a grain keyed by band finds near-identical texts without a scan.
/// Hashes are FNV-1a and SplitMix64, stable across processes and versions, so fingerprints can be stored.
/// </summary>
/// <param name="Shingles">The distinct shingle hashes, ascending.</param>
[GenerateSerializer, Immutable, Alias("cg.TextFingerprint")]
public sealed record TextFingerprint([property: Id(0)] ulong[] Shingles)
{
    /// <summary>Words per shingle: long enough that stock phrases alone ("I want a refund") rarely match.</summary>
    public const int ShingleWords = 3;

    /// <summary>Bands of the MinHash signature; each a key of <see cref="RowsPerBand"/> minimums.</summary>
    public const int Bands = 8;

    /// <summary>
    /// Rows per band. With 8 bands of 2, texts at Jaccard 0.8 share a band key 99.97 % of the time, at 0.5 90 %, at 0.2
    /// 28 %: candidates are then checked with <see cref="Similarity"/>.
    /// </summary>
    public const int RowsPerBand = 2;

    /// <summary>The fingerprint of no words at all; similar to nothing, itself included.</summary>
    public static TextFingerprint Empty { get; } = new([]);

    /// <summary>The fingerprint of <paramref name="text"/> (null or blank: <see cref="Empty"/>).</summary>
    public static TextFingerprint Of(string? text)
    {
        var words = Words(text);
        if (words.Count == 0)
            return Empty;
        var hashes = new SortedSet<ulong>();
        if (words.Count < ShingleWords)
            hashes.Add(Hash(string.Join(" ", words)));
        for (var i = 0; i + ShingleWords <= words.Count; i++)
            hashes.Add(Hash(string.Join(" ", words.GetRange(i, ShingleWords))));
        return new TextFingerprint([.. hashes]);
    }

    /// <summary>True when the text had no words.</summary>
    public bool IsEmpty => Shingles.Length == 0;

    /// <summary>Jaccard similarity of the two shingle sets, 0 to 1; 0 when either is empty.</summary>
    public double Similarity(TextFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
            return 0;
        // Both sorted: one merge pass counts the intersection.
        int i = 0, j = 0, shared = 0;
        var a = Shingles;
        var b = other.Shingles;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
                i++;
            else
                j++;
        }
        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>
    /// The band keys of this text (<see cref="Bands"/> of them, empty for an empty text): two texts of high
    /// <see cref="Similarity"/> share at least one with high probability.
    /// </summary>
    public IReadOnlyList<string> BandKeys()
    {
        if (IsEmpty)
            return [];
        var signature = new ulong[Bands * RowsPerBand];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in Shingles)
        {
            for (var k = 0; k < signature.Length; k++)
            {
                var h = Mix(shingle ^ Seeds[k]);
                if (h < signature[k])
                    signature[k] = h;
            }
        }
        var keys = new string[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var key = (ulong)band;
            for (var row = 0; row < RowsPerBand; row++)
                key = Mix(key ^ signature[band * RowsPerBand + row]);
            keys[band] = string.Create(CultureInfo.InvariantCulture, $"{band}:{key:x16}");
        }
        return keys;
    }

    /// <summary>Lower-case words of letters and digits; each run of digits becomes <c>#</c>.</summary>
    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
            return words;
        var word = new StringBuilder();
        var digits = false;
        void Flush()
        {
            if (word.Length > 0)
                words.Add(word.ToString());
            else if (digits)
                words.Add("#");
            word.Clear();
            digits = false;
        }
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsDigit(c))
            {
                if (word.Length > 0)
                    Flush();
                digits = true;
            }
            else if (char.IsLetter(c))
            {
                if (digits)
                    Flush();
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019')
            {
                // "don't" and "dont" are one word.
            }
            else
                Flush();
        }
        Flush();
        return words;
    }

    private static ulong Hash(string shingle)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        foreach (var c in shingle)
        {
            hash = (hash ^ (byte)c) * prime;
            hash = (hash ^ (byte)(c >> 8)) * prime;
        }
        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static readonly ulong[] Seeds = MakeSeeds();

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Bands * RowsPerBand];
        var state = 0x5EED_C0FF_EE00_0001UL;
        for (var i = 0; i < seeds.Length; i++)
            seeds[i] = state = Mix(state);
        return seeds;
    }
}

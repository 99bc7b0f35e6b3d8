using System.Buffers;

namespace ComplaintGrid;

/// <summary>Incident ids: <c>INC-</c> and twelve upper-case hex digits, random.</summary>
public static class IncidentIds
{
    /// <summary>What every incident id starts with.</summary>
    public const string Prefix = "INC-";

    private const int Digits = 12;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEF");

    /// <summary>A new random incident id.</summary>
    public static string New() => Prefix + Guid.NewGuid().ToString("N")[..Digits].ToUpperInvariant();

    /// <summary>True when <paramref name="id"/> has the shape of an incident id (it may still name none).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 16 } && id.StartsWith(Prefix, StringComparison.Ordinal)
        && id.AsSpan(Prefix.Length).IndexOfAnyExcept(HexDigits) < 0;
}

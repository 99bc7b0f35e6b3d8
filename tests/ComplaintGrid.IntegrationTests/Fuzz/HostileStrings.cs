using System.Text;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Seeded generators of hostile strings: control characters, mixed scripts (Latin with Cyrillic look-alikes, Arabic,
/// CJK, emoji), bidi overrides and path characters. The same seed gives the same strings on every run.
/// </summary>
public sealed class HostileStrings(int seed)
{
    private static readonly string[] Scripts = ["abc", "а", "е", "о", "Р", "ي", "مرحبا", "投诉", "ｆｕｌｌ", "😀", "👩‍👩‍👧", "\u202E", "\u200B", "é"];
    private static readonly char[] Controls = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u009B'];
    private static readonly string[] PathParts = ["../", "..\\", "/", "%2F", "%2e%2e", "?", "#", " ", "\\", "*", "$", "'", "\"", "<", ">", "|"];

    private readonly Random _random = new(seed);

    /// <summary>Text with at least one control character that is not a line break or tab.</summary>
    public string WithControl()
    {
        var text = new StringBuilder(Mixed(1 + _random.Next(3)));
        text.Insert(_random.Next(text.Length + 1), Controls[_random.Next(Controls.Length)]);
        return text.ToString();
    }

    /// <summary>Mixed-script text exactly <paramref name="length"/> UTF-16 units long (an emoji is two).</summary>
    public string MixedOfLength(int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
            text.Append(Scripts[_random.Next(Scripts.Length)]);
        text.Length = length;
        // Never end on half a surrogate pair: that is a different case (see HostileJson.LoneSurrogate).
        if (char.IsHighSurrogate(text[^1]))
            text[^1] = 'x';
        return text.ToString();
    }

    /// <summary>An id-shaped string with something no id may hold: a path character, another script or a control.</summary>
    public string BadIdentifier()
    {
        var id = new StringBuilder("agent-" + _random.Next(1000));
        var bad = _random.Next(3) switch
        {
            0 => PathParts[_random.Next(PathParts.Length)],
            1 => Scripts[1 + _random.Next(Scripts.Length - 1)],
            _ => Controls[_random.Next(Controls.Length)].ToString(),
        };
        id.Insert(_random.Next(id.Length + 1), bad);
        return id.ToString();
    }

    private string Mixed(int parts)
    {
        var text = new StringBuilder();
        for (var i = 0; i < parts; i++)
            text.Append(Scripts[_random.Next(Scripts.Length)]);
        return text.ToString();
    }
}

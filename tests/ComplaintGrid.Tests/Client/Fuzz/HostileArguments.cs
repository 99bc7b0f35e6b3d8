namespace ComplaintGrid.Tests.Client.Fuzz;

/// <summary>Hostile values for the typed client's arguments: ids, texts, enums cast from ints, amounts. None obeys its rule.</summary>
public static class HostileArguments
{
    private static readonly string[] BadIdentifiers =
        ["", "   ", "../../etc/passwd", "a/b", "a\\b", "a b", "a%2Fb", "ag\u0435nt", "代理人", "😀", "a\u0000b", "a\u001B[31m", "a\u202Eb", "bad\uD800", new string('a', 10_000)];

    private static readonly string[] BadTexts =
        ["nul\u0000byte", "bell\u0007", "\u001B[2Jclear", "del\u007F", "next\u0085line", "lone \uD800 high", "lone \uDC00 low", "swapped \uDE00\uD83D"];

    /// <summary>Ids of customers, departments, agents: required unless <paramref name="optional"/>, at most <paramref name="maxLength"/>.</summary>
    public static IEnumerable<(string Label, string? Value)> Identifiers(bool optional, int maxLength = FieldLimits.IdentifierMaxLength)
    {
        if (!optional)
            yield return ("null", null);
        yield return ("one too long", new string('a', maxLength + 1));
        foreach (var id in BadIdentifiers)
            yield return (Describe(id), id);
    }

    public static IEnumerable<(string Label, string? Value)> Texts(bool optional, int maxLength)
    {
        if (!optional)
        {
            yield return ("null", null);
            yield return ("empty", "");
            yield return ("blank", " \t\n ");
        }
        yield return ("one too long", new string('x', maxLength + 1));
        yield return ("mixed scripts, one too long", string.Concat(Enumerable.Repeat("aаي投😀", maxLength / 5 + 1))[..(maxLength + 1)]);
        foreach (var text in BadTexts)
            yield return (Describe(text), text);
    }

    /// <summary>Complaint ids of every wrong shape.</summary>
    public static IEnumerable<(string Label, string? Value)> ComplaintIds() =>
        Identifiers(optional: false).Concat([("lower case", "cmp-0000000000000"), ("short", "CMP-000000000000"), ("long", "CMP-00000000000000"),
            ("letters outside the alphabet", "CMP-0000000000OIL"), ("path after a good id", "CMP-0000000000000/.."), ("NUL after a good id", "CMP-000000000000\u0000")]);

    /// <summary>Incident ids of every wrong shape.</summary>
    public static IEnumerable<(string Label, string? Value)> IncidentIds() =>
        Identifiers(optional: false).Concat([("lower case", "inc-000000000000"), ("short", "INC-00000000000"), ("long", "INC-0000000000000"),
            ("not hex", "INC-00000000000G"), ("path after a good id", "INC-000000000000/.."), ("NUL after a good id", "INC-00000000000\u0000")]);

    /// <summary>Values no enum member has, cast from ints as a careless caller would.</summary>
    public static IEnumerable<(string Label, object Value)> Enums(Type enumType) =>
        new[] { 99, -1, int.MaxValue, int.MinValue }.Select(i => ($"({enumType.Name}){i}", Enum.ToObject(enumType, i)));

    public static IEnumerable<(string Label, decimal? Value)> Amounts() =>
    [
        ("null", null), ("negative", -1m), ("zero", 0m), ("negative cent", -0.01m), ("tenth of a cent", 0.001m),
        ("one cent over", 1_000_000.01m), ("decimal max", decimal.MaxValue), ("decimal min", decimal.MinValue), ("tiny", 0.0000000000000000000000000001m),
    ];

    private static string Describe(string value) =>
        $"\"{new string(value.Take(20).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '·' : c).ToArray())}\"" + (value.Length > 20 ? $"…({value.Length})" : "");
}

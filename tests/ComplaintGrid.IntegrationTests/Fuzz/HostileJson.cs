using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// The hostile values each <see cref="FieldKind"/> is fed: every one of them breaks the field's rule, so every one
/// must be refused naming the field. A fixed list per kind plus a few seeded random strings.
/// </summary>
public sealed class HostileJson(int seed)
{
    /// <summary>Random strings generated per field on top of the fixed list.</summary>
    public const int RandomPerField = 3;

    /// <summary>An unpaired UTF-16 surrogate, escaped: valid JSON syntax, not a valid string.</summary>
    public const string LoneSurrogate = "\"bad\\uD800half\"";

    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly HostileStrings _strings = new(seed);

    private static readonly HostileValue[] WrongTypes =
    [
        new("number", "123"), new("fraction", "1.5"), new("true", "true"), new("object", "{}"),
        new("array", "[]"), new("array of string", "[\"a\"]"), new("nested", "{\"a\":[{\"b\":1}]}"),
    ];

    private static readonly HostileValue[] Absent = [new("null", "null"), new("empty", "\"\""), new("blank", "\"  \\t\\n \"")];

    public IEnumerable<HostileValue> For(FuzzField field) => field.Kind switch
    {
        FieldKind.Identifier => [.. Absent, .. BadIdentifiers(field.MaxLength)],
        FieldKind.OptionalIdentifier => [.. Absent.Skip(1), .. BadIdentifiers(field.MaxLength)],
        FieldKind.RequiredText => [.. Absent, .. BadText(field.MaxLength)],
        FieldKind.OptionalText => BadText(field.MaxLength),
        FieldKind.RequiredEnum => [Absent[0], .. BadEnums()],
        FieldKind.OptionalEnum => BadEnums(),
        FieldKind.RequiredBool => [new("null", "null"), new("string true", "\"true\""), new("yes", "\"yes\""), new("one", "1"), new("zero", "0"),
            new("empty", "\"\""), new("object", "{}"), new("array", "[true]")],
        FieldKind.Amount => BadAmounts(),
        FieldKind.PastDate => [new("not a date", "\"yesterday\""), new("month 13", "\"2024-13-01T00:00:00Z\""), new("day 45", "\"2024-02-45\""),
            new("empty", "\"\""), new("far future", "\"9999-12-31T23:59:59Z\""), new("next century", "\"2125-01-01T00:00:00Z\""),
            new("offset out of range", "\"2020-01-01T00:00:00+25:00\""), new("before year one", "\"0001-01-01T00:00:00+14:00\""),
            new("number", "1700000000"), new("true", "true"), new("object", "{}"), new("control", "\"2020-01-01\\u0000\"")],
        FieldKind.EnumList => [new("string", "\"ToBeKeptInformed\""), new("number", "3"), new("object", "{}"),
            new("unknown item", "[\"ToBeLoved\"]"), new("number item", "[1]"), new("null item", "[null]"), new("nested list", "[[]]"),
            new("repeated item", "[\"ToBeKeptInformed\",\"ToBeKeptInformed\"]"), new("combined names", "[\"ToBeKeptInformed,ToBeHeard\"]"),
            new("object item", "[{}]"), new("padded item", "[\" ToBeHeard\"]")],
        FieldKind.OptionalObject => [new("string", "\"8D\""), new("number", "8"), new("array", "[]"), new("true", "true"), new("empty object", "{}")],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "no hostile values for this kind"),
    };

    private IEnumerable<HostileValue> BadIdentifiers(int maxLength)
    {
        yield return Str("one too long", new string('a', maxLength + 1));
        yield return Str("10 KB", new string('a', 10_000));
        foreach (var id in new[] { "../../etc/passwd", "a/b", "a\\b", "a%2Fb", "a b", "a?b", "a#b", "ag\u0435nt-1", "агент", "代理人", "😀", "a\u0000b", "a\u001B[31m", "a\u202Eb" })
            yield return Str(Describe(id), id);
        yield return new HostileValue("lone surrogate", LoneSurrogate);
        for (var i = 0; i < RandomPerField; i++)
        {
            var id = _strings.BadIdentifier();
            yield return Str("random " + Describe(id), id);
        }
        foreach (var wrong in WrongTypes)
            yield return wrong;
    }

    private IEnumerable<HostileValue> BadText(int maxLength)
    {
        yield return Str("one too long", new string('x', maxLength + 1));
        yield return Str("mixed scripts, one too long", _strings.MixedOfLength(maxLength + 1));
        foreach (var text in new[] { "nul\u0000byte", "bell\u0007", "\u001B[2Jclear", "del\u007F", "next line\u0085", "back\bspace" })
            yield return Str(Describe(text), text);
        yield return new HostileValue("lone surrogate", LoneSurrogate);
        for (var i = 0; i < RandomPerField; i++)
        {
            var text = _strings.WithControl();
            yield return Str("random " + Describe(text), text);
        }
        foreach (var wrong in WrongTypes)
            yield return wrong;
    }

    private static IEnumerable<HostileValue> BadEnums() =>
    [
        Str("empty", ""), Str("unknown name", "Fax"), Str("padded", " Phone"), Str("trailing space", "Phone "), Str("combined names", "Email,Chat"),
        Str("digits", "1"), Str("padded digits", " 1"), Str("plus digits", "+1"), Str("negative digits", "-1"), Str("huge digits", "99999999999"),
        Str("look-alike", "Рhone"), Str("control", "Ph\u0000one"),
        new("number", "1"), new("negative number", "-1"), new("unknown number", "99"), new("true", "true"), new("object", "{}"), new("array", "[\"Phone\"]"),
        new("lone surrogate", LoneSurrogate),
    ];

    private static IEnumerable<HostileValue> BadAmounts() =>
    [
        new("null", "null"), new("negative", "-1"), new("zero", "0"), new("negative cent", "-0.01"), new("tenth of a cent", "0.001"),
        new("one cent over", "1000000.01"), new("1e28", "1e28"), new("over decimal", "79228162514264337593543950336"),
        new("1e400", "1e400"), new("-1e400", "-1e400"), new("huge exponent", "1e999999999"), new("decimal max", "79228162514264337593543950335"),
        Str("words", "lots"), Str("NaN", "NaN"), Str("Infinity", "Infinity"), Str("negative as text", "-5"), Str("empty", ""),
        new("true", "true"), new("object", "{}"), new("array", "[800]"),
    ];

    private static HostileValue Str(string label, string value) => new(label, JsonSerializer.Serialize(value, Raw));

    private static string Describe(string value)
    {
        var shown = new string(value.Take(24).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '·' : c).ToArray());
        return $"\"{shown}\"" + (value.Length > 24 ? $"…({value.Length})" : "");
    }
}

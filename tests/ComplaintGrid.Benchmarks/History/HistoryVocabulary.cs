namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// The words seeded complaints are written in: a few hundred common ones drawn with a steep (Zipf) skew, so the first
/// few are in a large share of all complaints, and many thousand made-up rare ones, each in a handful, so free-text
/// search meets both very common and very selective words.
/// </summary>
internal sealed class HistoryVocabulary
{
    private static readonly string[] CommonWords =
    [
        "parcel", "refund", "late", "delivery", "order", "customer", "called", "again", "damaged", "box", "missing", "item",
        "charged", "twice", "invoice", "account", "waited", "hours", "phone", "email", "reply", "manager", "store", "staff",
        "rude", "wrong", "size", "colour", "broken", "screen", "battery", "charger", "warranty", "repair", "engineer",
        "appointment", "cancelled", "rescheduled", "driver", "van", "doorstep", "neighbour", "signed", "tracking", "number",
        "status", "updated", "promised", "callback", "never", "came", "still", "waiting", "week", "month", "days", "money",
        "back", "card", "payment", "declined", "direct", "debit", "fee", "interest", "statement", "error", "app", "website",
        "login", "password", "reset", "locked", "voucher", "discount", "code", "expired", "price", "match", "policy",
        "return", "label", "collection", "courier", "depot", "warehouse", "stock", "shortage", "substitute", "fridge",
        "washing", "machine", "oven", "sofa", "mattress", "table", "chair", "lamp", "paint", "scratched", "dented", "leaking",
        "noise", "smell", "cold", "hot", "wet", "cracked", "torn", "stained", "faded", "shrunk", "loose", "stuck", "jammed",
        "installer", "mess", "left", "unfinished", "complaint", "escalate", "ombudsman", "compensation", "goodwill",
        "gesture", "apology", "explanation", "contract", "terms", "cancel", "renewal", "price", "increase", "notice",
        "letter", "post", "address", "moved", "name", "spelling", "duplicate", "account", "closed", "balance", "credit",
        "debt", "collector", "chaser", "threatening", "vulnerable", "elderly", "mother", "father", "disabled", "access",
        "ramp", "lift", "parking", "queue", "checkout", "till", "receipt", "lost", "found", "security", "guard", "accused",
        "theft", "camera", "footage", "privacy", "data", "shared", "marketing", "unsubscribe", "spam", "calls", "texts",
        "survey", "feedback", "ignored", "chat", "disconnected", "transferred", "hold", "music", "menu", "option", "robot",
    ];

    private readonly string[] _rare;
    private readonly double[] _commonCumulative;

    public HistoryVocabulary(int rareWords, int seed)
    {
        var random = new Random(seed);
        string[] syllables = ["ka", "zo", "mi", "tre", "vul", "qua", "ps", "rix", "bo", "len", "dar", "wy", "ix", "go", "fen", "thu", "ska", "ro", "pel", "nax"];
        var rare = new HashSet<string>(StringComparer.Ordinal);
        while (rare.Count < rareWords)
            rare.Add(string.Concat(Enumerable.Range(0, 4).Select(_ => syllables[random.Next(syllables.Length)])));
        _rare = [.. rare];
        // Zipf with exponent 1: the first word is in about one complaint in three, the 200th in one in a few hundred.
        var weights = Enumerable.Range(1, Common.Count).Select(r => 1.0 / r).ToArray();
        var total = weights.Sum();
        var running = 0.0;
        _commonCumulative = weights.Select(w => running += w / total).ToArray();
    }

    public static IReadOnlyList<string> Common { get; } = CommonWords.Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> Rare => _rare;

    public string CommonWord(Random random)
    {
        var index = Array.BinarySearch(_commonCumulative, random.NextDouble());
        return Common[Math.Min(index < 0 ? ~index : index, Common.Count - 1)];
    }

    public string RareWord(Random random) => _rare[random.Next(_rare.Length)];
}

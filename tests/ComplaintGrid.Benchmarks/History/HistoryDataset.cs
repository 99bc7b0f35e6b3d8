using System.Text;
using ComplaintGrid.History;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// A year of made-up complaints for the history read model, the same for a given size and seed: customers with a
/// long tail (a few complain often), twelve departments of unequal size (mostly the category's own, some handed off),
/// statuses by age (a complaint filed months ago is almost always closed), skewed categories, severities and causes,
/// filings on weekdays more than weekends, and texts from <see cref="HistoryVocabulary"/>. Events follow each
/// complaint's progress (filed, acknowledged, assessed, some hand-offs, escalations and holds, resolved, closed).
/// </summary>
internal sealed class HistoryDataset
{
    /// <summary>The end of the seeded year: filings fall in the 365 days before it.</summary>
    public static readonly DateTimeOffset End = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly string[] Departments =
    [
        "customer-service", "logistics", "quality-assurance", "finance", "policy", "retail-north", "retail-south",
        "online", "installations", "repairs", "collections", "complaints-review",
    ];

    private static readonly (Category Category, double Weight, string Department)[] Categories =
    [
        (Category.Delivery, 35, "logistics"), (Category.Billing, 20, "finance"), (Category.ProductQuality, 15, "quality-assurance"),
        (Category.ServiceConduct, 15, "customer-service"), (Category.Policy, 5, "policy"), (Category.Other, 10, "customer-service"),
    ];

    private static readonly (Severity Severity, double Weight)[] Severities = [(Severity.Low, 45), (Severity.Medium, 35), (Severity.High, 15), (Severity.Critical, 5)];
    private static readonly (Cause Cause, double Weight)[] Causes = [(Cause.System, 50), (Cause.Employee, 30), (Cause.Value, 20)];

    private static readonly (ComplaintStatus Status, double Weight)[] OpenStatuses =
    [
        (ComplaintStatus.Received, 10), (ComplaintStatus.Acknowledged, 15), (ComplaintStatus.Assessed, 8), (ComplaintStatus.Assigned, 10),
        (ComplaintStatus.Investigating, 20), (ComplaintStatus.RemedyProposed, 6), (ComplaintStatus.AwaitingApproval, 3),
        (ComplaintStatus.Implementing, 8), (ComplaintStatus.Resolved, 12), (ComplaintStatus.Reopened, 3), (ComplaintStatus.OnHold, 5),
    ];

    // A complaint's events advance with its status; these are the milestones the seeded events record.
    private static readonly ComplaintStatus[] Progress =
    [
        ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.Assessed, ComplaintStatus.Assigned, ComplaintStatus.Investigating,
        ComplaintStatus.RemedyProposed, ComplaintStatus.Implementing, ComplaintStatus.Resolved, ComplaintStatus.Closed,
    ];

    private static readonly ComplaintEventKind[] ProgressEvents =
    [
        ComplaintEventKind.Filed, ComplaintEventKind.Acknowledged, ComplaintEventKind.Assessed, ComplaintEventKind.Routed,
        ComplaintEventKind.InvestigationStarted, ComplaintEventKind.RemedyProposed, ComplaintEventKind.ImplementationStarted,
        ComplaintEventKind.Resolved, ComplaintEventKind.Closed,
    ];

    private readonly int _count;
    private readonly int _seed;
    private readonly int _customers;

    public HistoryDataset(int count, int seed)
    {
        _count = count;
        _seed = seed;
        // About four complaints per customer on average, most having one and a few dozens.
        _customers = Math.Max(1, count / 4);
        Vocabulary = new HistoryVocabulary(rareWords: Math.Max(100, count / 50), seed);
    }

    public int Count => _count;

    public HistoryVocabulary Vocabulary { get; }

    public static string ComplaintId(int i) => $"CMP-{i:D13}";

    public static string Reference(int i) => $"ORD-{7_000_000 + i}";

    public static string Customer(int c) => $"cust-{c:D7}";

    /// <summary>A customer id drawn as the seed draws them (the frequent complainers more often).</summary>
    public string DrawCustomer(Random random) => Customer(CustomerIndex(random));

    /// <summary>
    /// The complaints in filing order, as the projection writes them (a complaint's row is inserted when it is filed), so
    /// the table's rows lie in time order on disk as in a real database: a random order made every newest-first walk
    /// read a page per row.
    /// </summary>
    public IEnumerable<(ComplaintHistoryRecord Record, IReadOnlyList<ComplaintHistoryEvent> Events)> Generate()
    {
        var random = new Random(_seed);
        var filed = new DateTimeOffset[_count];
        for (var i = 0; i < _count; i++)
            filed[i] = FiledAt(random);
        Array.Sort(filed);
        for (var i = 0; i < _count; i++)
            yield return One(i, filed[i], random);
    }

    private int CustomerIndex(Random random) => (int)(_customers * Math.Pow(random.NextDouble(), 3));

    private (ComplaintHistoryRecord, IReadOnlyList<ComplaintHistoryEvent>) One(int i, DateTimeOffset filedAt, Random random)
    {
        var id = ComplaintId(i);
        var (category, _, home) = Pick(random, Categories, c => c.Weight);
        var handedOff = random.NextDouble() < 0.15;
        var department = handedOff ? Departments[random.Next(Departments.Length)] : home;
        var severity = Pick(random, Severities, s => s.Weight).Severity;
        var age = End - filedAt;
        var closedShare = Math.Min(0.97, age.TotalDays / 30 * 0.97);
        var status = random.NextDouble() < closedShare ? ComplaintStatus.Closed : Pick(random, OpenStatuses, s => s.Weight).Status;
        var stage = Stage(status);
        var assessed = stage >= 2;
        var cause = assessed ? Pick(random, Causes, c => c.Weight).Cause : (Cause?)null;
        var upheld = assessed ? random.NextDouble() < 0.7 : (bool?)null;
        var resolved = stage >= 7;
        var closed = status == ComplaintStatus.Closed;
        var reference = random.NextDouble() < 0.9 ? Reference(i) : null;

        var events = new List<ComplaintHistoryEvent>();
        var at = filedAt;
        DateTimeOffset? acknowledgedAt = null, resolvedAt = null, closedAt = null;
        var breaches = 0;
        var escalation = EscalationLevel.None;
        for (var s = 0; s <= stage; s++)
        {
            at += TimeSpan.FromMinutes(30 + random.Next(s == 0 ? 1 : 3 * 24 * 60));
            if (at > End)
                at = End;
            if (s == 0)
                at = filedAt;
            events.Add(new(id, events.Count + 1, ProgressEvents[s], at, Progress[Math.Min(s, Progress.Length - 1)], department, null, null, null));
            if (s == 1)
                acknowledgedAt = at;
            if (s == 3 && handedOff)
                events.Add(new(id, events.Count + 1, ComplaintEventKind.HandedOff, at, ComplaintStatus.Assigned, department, home, null, null));
            if (s >= 1 && random.NextDouble() < 0.04)
            {
                breaches++;
                escalation = EscalationLevel.Breached;
                events.Add(new(id, events.Count + 1, ComplaintEventKind.Escalated, at, Progress[s], department, null, ClockKind.Resolution, EscalationLevel.Breached));
            }
            if (s == 7)
                resolvedAt = at;
            if (s == 8)
                closedAt = at;
        }
        if (status is ComplaintStatus.OnHold or ComplaintStatus.Reopened or ComplaintStatus.AwaitingApproval)
        {
            var kind = status switch
            {
                ComplaintStatus.OnHold => ComplaintEventKind.PutOnHold,
                ComplaintStatus.Reopened => ComplaintEventKind.Reopened,
                _ => ComplaintEventKind.RemedyProposed,
            };
            events.Add(new(id, events.Count + 1, kind, at + TimeSpan.FromHours(1), status, department, null, null, null));
        }

        var description = Sentence(random, 12 + random.Next(14), rareChance: 0.4);
        var rootCause = stage >= 5 ? Sentence(random, 6, rareChance: 0.05) : null;
        var lessons = closed ? Sentence(random, 5, rareChance: 0.02) : null;
        var prevention = closed ? Sentence(random, 5, rareChance: 0.02) : null;
        var search = new StringBuilder();
        foreach (var part in new[] { reference, description, rootCause, lessons, prevention })
        {
            if (part is null)
                continue;
            if (search.Length > 0)
                search.Append('\n');
            search.Append(part);
        }

        var record = new ComplaintHistoryRecord
        {
            ComplaintId = id,
            CustomerId = DrawCustomer(random),
            Reference = reference,
            Status = status,
            DepartmentId = department,
            Channel = (Channel)random.Next(5),
            Category = category,
            Severity = severity,
            Priority = breaches > 0 && severity < Severity.Critical ? severity + 1 : severity,
            Upheld = upheld,
            Type = assessed ? (upheld == true ? ComplaintType.Substantive : ComplaintType.Enquiry) : null,
            Cause = cause,
            Outcome = closed ? (upheld == true ? CloseOutcome.Resolved : CloseOutcome.NotUpheld) : null,
            FiledAt = filedAt,
            AcknowledgedAt = acknowledgedAt,
            ResolvedAt = resolvedAt,
            ClosedAt = closedAt,
            FirstResponseMet = acknowledgedAt is null ? null : random.NextDouble() < 0.9,
            ResolutionMet = resolvedAt is null ? null : random.NextDouble() < 0.8,
            BreachCount = breaches,
            ReopenCount = status == ComplaintStatus.Reopened ? 1 : 0,
            HandOffCount = handedOff ? 1 : 0,
            EscalationLevel = escalation,
            Satisfied = closed ? random.NextDouble() < 0.8 : null,
            RemedyKind = stage >= 5 && upheld == true ? (RemedyKind)random.Next(3) : null,
            RemedyAmount = stage >= 5 && upheld == true ? Math.Round((decimal)(random.NextDouble() * 200), 2) : null,
            RootCause = rootCause,
            Lessons = lessons,
            Prevention = prevention,
            SearchText = search.ToString(),
            LastSequence = events.Count,
        };
        return (record, events);
    }

    private static int Stage(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => 0,
        ComplaintStatus.Acknowledged => 1,
        ComplaintStatus.Assessed => 2,
        ComplaintStatus.Assigned => 3,
        ComplaintStatus.Investigating or ComplaintStatus.OnHold => 4,
        ComplaintStatus.RemedyProposed or ComplaintStatus.AwaitingApproval => 5,
        ComplaintStatus.Implementing => 6,
        ComplaintStatus.Resolved or ComplaintStatus.Reopened => 7,
        _ => 8,
    };

    private static DateTimeOffset FiledAt(Random random)
    {
        while (true)
        {
            var at = End - TimeSpan.FromSeconds(random.NextDouble() * 365 * 24 * 3600);
            // Half as many filings at weekends.
            if (at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || random.NextDouble() < 0.5)
                return at;
        }
    }

    private string Sentence(Random random, int words, double rareChance)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
                text.Append(' ');
            text.Append(Vocabulary.CommonWord(random));
        }
        if (random.NextDouble() < rareChance)
            text.Append(' ').Append(Vocabulary.RareWord(random));
        return text.Append('.').ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var roll = random.NextDouble() * total;
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
                return item;
        }
        return items[^1];
    }
}

namespace ComplaintGrid.Domain.Churn;

/// <summary>The rules of a customer's view: applies complaint events once each and scores churn risk.</summary>
public sealed class CustomerHistory(CustomerState state)
{
    /// <summary>DOMAIN.md's window for "complaints in the last 90 days".</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(90);

    /// <summary>Recency decays with this time constant: a complaint three weeks old weighs about half.</summary>
    public static readonly TimeSpan RecencyDecay = TimeSpan.FromDays(30);

    /// <summary>How many complaints a view lists; older ones still count in the summary.</summary>
    public const int ListedComplaints = 100;

    public CustomerState State => state;

    /// <summary>The risk computed by the last <see cref="Apply"/> or <see cref="SetProfile"/> on this instance, if any.</summary>
    public ChurnRisk? LastRisk { get; private set; }

    /// <summary>Applies events in order; returns false when every one was a duplicate.</summary>
    public bool Apply(IReadOnlyList<ComplaintEvent> events, DateTimeOffset now)
    {
        var changed = false;
        foreach (var e in events)
        {
            if (state.LastSequence.TryGetValue(e.ComplaintId, out var last) && e.Sequence <= last)
                continue;
            state.LastSequence[e.ComplaintId] = e.Sequence;
            state.Complaints[e.ComplaintId] = e.Summary;
            changed = true;
        }
        if (changed)
            Rescore(now);
        return changed;
    }

    public void SetProfile(CustomerProfile profile, DateTimeOffset now)
    {
        state.Profile = profile;
        Rescore(now);
    }

    /// <summary>How many of the customer's complaints are open.</summary>
    public int OpenCount()
    {
        var open = 0;
        foreach (var c in state.Complaints.Values)
        {
            if (c.IsOpen)
                open++;
        }
        return open;
    }

    public ChurnFeatures Features(DateTimeOffset now)
    {
        // One pass: a customer is rescored on every change, so this runs once per applied delivery.
        int recent = 0, open = 0, breaches = 0, reopens = 0, openSeverity = 0, venting = 0, good = 0;
        DateTimeOffset? last = null;
        foreach (var c in state.Complaints.Values)
        {
            reopens += c.ReopenCount;
            if (last is null || c.FiledAt > last)
                last = c.FiledAt;
            if (c.IsOpen)
            {
                open++;
                openSeverity = Math.Max(openSeverity, (int)c.Severity + 1);
            }
            if (now - c.FiledAt > RecentWindow)
                continue;
            recent++;
            breaches += c.BreachCount;
            if (c.Type == ComplaintType.Venting)
                venting++;
            if (c.ResolutionMet == true && c.Satisfied == true && c.ReopenCount == 0)
                good++;
        }
        var recency = last is { } at ? Math.Exp(-Math.Max(0, (now - at).TotalDays) / RecencyDecay.TotalDays) : 0;
        var tenure = state.Profile.CustomerSince is { } since && now > since ? (now - since).TotalDays / 365.25 : 0;
        return new ChurnFeatures(
            RecentComplaints: recent,
            OpenComplaints: open,
            Breaches: breaches,
            Reopens: reopens,
            RepeatComplaints: CountRepeats(state.Complaints.Values),
            OpenSeverity: openSeverity,
            Venting: venting,
            Recency: recency,
            TenureYears: tenure,
            ValueTier: (int)state.Profile.ValueTier,
            GoodResolutions: good);
    }

    public CustomerView ToView(string customerId, DateTimeOffset now)
    {
        var all = state.Complaints.Values;
        var risk = ChurnModel.Score(Features(now), state.PreviousScore, now);
        return new CustomerView(
            customerId,
            state.Profile,
            TotalComplaints: all.Count,
            OpenComplaints: all.Count(c => c.IsOpen),
            ComplaintsLast90Days: all.Count(c => now - c.FiledAt <= RecentWindow),
            Breaches: all.Sum(c => c.BreachCount),
            Reopens: all.Sum(c => c.ReopenCount),
            RepeatComplaints: CountRepeats(all),
            LastComplaintAt: all.Count == 0 ? null : all.Max(c => c.FiledAt),
            risk,
            all.OrderByDescending(c => c.FiledAt).Take(ListedComplaints).ToArray());
    }

    /// <summary>The score now, with the last one as its previous; both are stored, and the risk kept for publishing.</summary>
    private void Rescore(DateTimeOffset now)
    {
        var risk = ChurnModel.Score(Features(now), state.LastScore, now);
        state.PreviousScore = state.LastScore;
        state.LastScore = risk.Score;
        LastRisk = risk;
    }

    /// <summary>Complaints about a subject and reference the customer already complained about.</summary>
    private static int CountRepeats(IEnumerable<ComplaintSummary> complaints)
    {
        // Every referenced complaint beyond the first about the same subject and reference is a repeat.
        var referenced = 0;
        HashSet<(SubjectKind, string)>? distinct = null;
        foreach (var c in complaints)
        {
            if (string.IsNullOrWhiteSpace(c.Reference))
                continue;
            referenced++;
            (distinct ??= []).Add((c.Subject, c.Reference.Trim().ToUpperInvariant()));
        }
        return referenced - (distinct?.Count ?? 0);
    }
}

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
        {
            state.PreviousScore = state.LastScore;
            state.LastScore = ChurnModel.Score(Features(now), null, now).Score;
        }
        return changed;
    }

    public void SetProfile(CustomerProfile profile, DateTimeOffset now)
    {
        state.Profile = profile;
        state.PreviousScore = state.LastScore;
        state.LastScore = ChurnModel.Score(Features(now), null, now).Score;
    }

    public ChurnFeatures Features(DateTimeOffset now)
    {
        var all = state.Complaints.Values;
        var recent = all.Where(c => now - c.FiledAt <= RecentWindow).ToArray();
        var open = all.Where(c => c.IsOpen).ToArray();
        var last = all.Count == 0 ? (DateTimeOffset?)null : all.Max(c => c.FiledAt);
        var recency = last is { } at ? Math.Exp(-Math.Max(0, (now - at).TotalDays) / RecencyDecay.TotalDays) : 0;
        var tenure = state.Profile.CustomerSince is { } since && now > since ? (now - since).TotalDays / 365.25 : 0;
        return new ChurnFeatures(
            RecentComplaints: recent.Length,
            OpenComplaints: open.Length,
            Breaches: recent.Sum(c => c.BreachCount),
            Reopens: all.Sum(c => c.ReopenCount),
            RepeatComplaints: CountRepeats(all),
            OpenSeverity: open.Length == 0 ? 0 : open.Max(c => (int)c.Severity + 1),
            Venting: recent.Count(c => c.Type == ComplaintType.Venting),
            Recency: recency,
            TenureYears: tenure,
            ValueTier: (int)state.Profile.ValueTier,
            GoodResolutions: recent.Count(c => c.ResolutionMet == true && c.Satisfied == true && c.ReopenCount == 0));
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

    /// <summary>Complaints about a subject and reference the customer already complained about.</summary>
    private static int CountRepeats(IEnumerable<ComplaintSummary> complaints) =>
        complaints
            .Where(c => !string.IsNullOrWhiteSpace(c.Reference))
            .GroupBy(c => (c.Subject, Reference: c.Reference!.Trim().ToUpperInvariant()))
            .Sum(g => g.Count() - 1);
}

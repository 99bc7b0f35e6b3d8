using ComplaintGrid.Domain.Lifecycle;

namespace ComplaintGrid.Domain.Churn;

/// <summary>
/// The rules of a customer's view: applies complaint events once each, scores churn risk with the current model
/// (<paramref name="model"/>; the hand-set one when not given) and records outcomes.
/// </summary>
public sealed class CustomerHistory(CustomerState state, Func<ChurnWeights>? model = null)
{
    /// <summary>How many outcomes a customer keeps; the registry keeps them all for fitting.</summary>
    public const int KeptOutcomes = 20;

    /// <summary>docs/domain.md's window for "complaints in the last 90 days".</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(90);

    /// <summary>Recency decays with this time constant: a complaint three weeks old weighs about half.</summary>
    public static readonly TimeSpan RecencyDecay = TimeSpan.FromDays(30);

    /// <summary>How many complaints a view lists; older ones still count in the summary.</summary>
    public const int ListedComplaints = 100;

    /// <summary>Above this many complaints, counting repeats with a set beats comparing every pair.</summary>
    private const int PairwiseRepeatLimit = 32;

    public CustomerState State => state;

    /// <summary>The model scores are computed with now.</summary>
    public ChurnWeights Model => model?.Invoke() ?? ChurnWeights.HandSet;

    // When the last rescore on this instance ran; its explanation (the factors) is built only when asked for.
    private DateTimeOffset? _scoredAt;
    private ChurnRisk? _lastRisk;

    /// <summary>The risk computed by the last <see cref="Apply"/> or <see cref="SetProfile"/> on this instance, if any.</summary>
    /// <remarks>
    /// A customer is rescored on every event, and the dashboard reads the explanation once a second at most: it is
    /// built here, from the features as they were at that rescore (nothing changes them without another rescore).
    /// </remarks>
    public ChurnRisk? LastRisk
    {
        get
        {
            if (_lastRisk is null && _scoredAt is { } at)
                _lastRisk = ChurnModel.Score(Features(at), state.PreviousScore, at, Model);
            return _lastRisk;
        }
    }

    /// <summary>Applies events in order; returns false when every one was a duplicate.</summary>
    public bool Apply(IReadOnlyList<ComplaintEvent> events, DateTimeOffset now)
    {
        var changed = false;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
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

    /// <summary>
    /// Whether a change to a complaint's summary must be stored before the view acknowledges it: only when the view did
    /// not know the complaint, since it must know to ask it. When the view activates it asks every complaint it stored
    /// as open for its stored summary (<see cref="Refresh"/>), so a later step needs no write here, the close included:
    /// a close is stored when an activation finds it (<see cref="StoreOnRefresh"/>) or with the view's next write.
    /// An erasure is stored too: the view's stored copy holds the reference it erases, and a closed complaint is not asked again.
    /// </summary>
    public static bool MustStore(ComplaintSummary? held, IReadOnlyList<ComplaintEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (held is null)
            return true;
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Kind == ComplaintEventKind.PersonalDataErased)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a summary found on activation must be stored: a closed one, so the view stops asking that complaint on
    /// every activation.
    /// </summary>
    public static bool StoreOnRefresh(ComplaintSummary found) => !found.IsOpen;

    /// <summary>The complaints a view asks for their stored summaries when it activates: the open ones.</summary>
    public List<string> OpenComplaintIds()
    {
        var ids = new List<string>();
        foreach (var (id, summary) in state.Complaints)
        {
            if (summary.IsOpen)
                ids.Add(id);
        }
        return ids;
    }

    /// <summary>
    /// Takes a complaint's stored summary when it is newer than the one held; returns false otherwise. Call
    /// <see cref="Rescore"/> once after the refreshes.
    /// </summary>
    public bool Refresh(StoredSummary stored)
    {
        var id = stored.Summary.ComplaintId;
        if (state.LastSequence.TryGetValue(id, out var last) && stored.Sequence <= last)
            return false;
        state.LastSequence[id] = stored.Sequence;
        state.Complaints[id] = stored.Summary;
        return true;
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
        var risk = ChurnModel.Score(Features(now), state.PreviousScore, now, Model);
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
    public void Rescore(DateTimeOffset now)
    {
        state.PreviousScore = state.LastScore;
        state.LastScore = ChurnModel.ScoreOf(Features(now), Model);
        _scoredAt = now;
        _lastRisk = null;
    }

    /// <summary>
    /// Records what the customer did, with their features and score as they stand at <paramref name="now"/>. Refused for a
    /// customer with no complaint on record (nothing to learn from) and for an outcome dated in the future; a repeat of
    /// the last outcome (same outcome and time) returns the one recorded and changes nothing (<c>added</c> false).
    /// </summary>
    public (CustomerOutcomeRecord Record, bool Added) RecordOutcome(string customerId, RecordCustomerOutcome command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var at = command.At ?? now;
        var check = new RuleCheck().Known("outcome", command.Outcome);
        if (at > now)
            check.Fail(ErrorCodes.OutOfRange, "at", "at must not be in the future.");
        check.ThrowIfAny();
        if (state.Complaints.Count == 0)
            throw new ComplaintGridException(ErrorCodes.UnknownCustomer, "customerId",
                $"customerId '{customerId}' has no complaint on record: an outcome is recorded for a customer whose complaints the model can learn from.");
        if (state.Outcomes is [.., var last] && last.Outcome == command.Outcome && last.At == at)
            return (last, false);
        var features = Features(now);
        var current = Model;
        var record = new CustomerOutcomeRecord(customerId, command.Outcome, at, now, ChurnModel.FeatureValues(features),
            ChurnModel.ScoreOf(features, current), current.Version);
        state.Outcomes.Add(record);
        if (state.Outcomes.Count > KeptOutcomes)
            state.Outcomes.RemoveRange(0, state.Outcomes.Count - KeptOutcomes);
        return (record, true);
    }

    /// <summary>Complaints about a subject and reference the customer already complained about.</summary>
    private static int CountRepeats(Dictionary<string, ComplaintSummary>.ValueCollection complaints)
    {
        // Every referenced complaint beyond the first about the same subject and reference is a repeat. Most customers
        // have a handful of complaints and are rescored on every event: compare pairs in place, without a set or
        // upper-cased copies; a set only for a long history.
        if (complaints.Count > PairwiseRepeatLimit)
            return CountRepeatsWithSet(complaints);
        var repeats = 0;
        foreach (var later in complaints)
        {
            if (!IsReferenced(later))
                continue;
            foreach (var earlier in complaints)
            {
                if (ReferenceEquals(earlier, later))
                    break;
                if (SameReference(earlier, later))
                {
                    repeats++;
                    break;
                }
            }
        }
        return repeats;
    }

    private static bool SameReference(ComplaintSummary a, ComplaintSummary b) =>
        a.Subject == b.Subject
        && IsReferenced(a)
        && a.Reference!.AsSpan().Trim().Equals(b.Reference.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    private static int CountRepeatsWithSet(Dictionary<string, ComplaintSummary>.ValueCollection complaints)
    {
        var referenced = 0;
        HashSet<(SubjectKind, string)>? distinct = null;
        foreach (var c in complaints)
        {
            if (!IsReferenced(c))
                continue;
            referenced++;
            (distinct ??= []).Add((c.Subject, c.Reference!.Trim().ToUpperInvariant()));
        }
        return referenced - (distinct?.Count ?? 0);
    }

    // An erased reference says nothing about what the complaint was about: two erased ones are not a repeat.
    private static bool IsReferenced(ComplaintSummary c) => !string.IsNullOrWhiteSpace(c.Reference) && !ErasedText.Is(c.Reference);
}

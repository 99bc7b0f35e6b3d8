using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Domain.Queues;

/// <summary>The rules of a department's view: applies complaint events once each and measures the queue.</summary>
public sealed class DepartmentQueue(string departmentId, DepartmentState state)
{
    /// <summary>How long activity is kept: the longest window the view reports.</summary>
    public static readonly TimeSpan ActivityWindow = TimeSpan.FromDays(1);

    /// <summary>
    /// How long a departed complaint's last sequence is remembered when the complaint never releases it
    /// (<see cref="Release"/>): its activation was lost before it could. Redeliveries come within seconds (outbox
    /// retries) or when the complaint next activates; a day is far beyond the first and covers the usual second.
    /// </summary>
    public static readonly TimeSpan DedupeMemory = TimeSpan.FromDays(1);

    /// <summary>"New" on the dashboard means filed within this window (docs/domain.md).</summary>
    public static readonly TimeSpan NewWindow = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan BucketWidth = TimeSpan.FromMinutes(1);

    private static readonly int SeverityCount = (int)Severity.Critical + 1;

    // Forgetting departed complaints walks all of them: once a minute is as exact as the one-day window needs.
    private static readonly TimeSpan DedupePruneInterval = TimeSpan.FromMinutes(1);

    private DateTimeOffset _nextDedupePrune = DateTimeOffset.MinValue;

    // Open complaints per status, kept as events apply, so the open gauge is reported per delivery without a walk of the queue.
    private int[]? _openByStatus;

    public DepartmentState State => state;

    /// <summary>
    /// Whether the view needs this very event, not only a later one of the same complaint: events it counts in the
    /// activity or cause buckets or puts on the escalation feed. Any other event only updates the complaint's summary and is
    /// superseded by the complaint's next event, so an outbox may drop it once a newer one is queued.
    /// </summary>
    public static bool MustSee(ComplaintEvent e) =>
        e.Kind is ComplaintEventKind.Filed or ComplaintEventKind.Acknowledged or ComplaintEventKind.Assessed
            or ComplaintEventKind.Resolved or ComplaintEventKind.HandedOff or ComplaintEventKind.Escalated or ComplaintEventKind.EscalationRequested;

    /// <summary>
    /// Whether this event, redelivered after the view forgot its complaint (<see cref="Release"/>), would leave the
    /// view's queue and counts as they are: it is counted nowhere and does not make the complaint open here. Such an
    /// event may stay in the complaint's stored outbox when the view is told to forget (a closed complaint's last event).
    /// </summary>
    public static bool HarmlessAfterRelease(ComplaintEvent e, string departmentId) =>
        !MustSee(e) && !(e.Summary.IsOpen && string.Equals(e.Summary.DepartmentId, departmentId, StringComparison.Ordinal));

    /// <summary>
    /// Applies events in order; returns false when none changed the view or what it remembers: each was a duplicate,
    /// or an event of a complaint the view does not hold that would change nothing here (<see cref="HarmlessAfterRelease"/>).
    /// </summary>
    public bool Apply(IReadOnlyList<ComplaintEvent> events, DateTimeOffset now)
    {
        var changed = false;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (state.LastSequence.TryGetValue(e.ComplaintId, out var last))
            {
                if (e.Sequence <= last)
                    continue;
            }
            else if (HarmlessAfterRelease(e, departmentId))
            {
                // Not held here, and it neither counts nor opens the complaint here: remembering its sequence would only
                // bring back what a release forgot (a closed complaint's redelivered close) for a day.
                continue;
            }
            state.LastSequence[e.ComplaintId] = e.Sequence;
            ApplyOne(e, now);
            changed = true;
        }
        if (changed)
        {
            BucketFor(now).OpenAtEnd = state.Open.Count;
            Prune(now);
        }
        return changed;
    }

    /// <summary>
    /// The sequence of <paramref name="complaintId"/> this view holds after applying <paramref name="delivered"/>: the
    /// last one applied, or, when it holds none because every event delivered would change nothing here, the delivery's
    /// last, since none of it waits to be stored and none needs to come again.
    /// </summary>
    public long Held(string complaintId, IReadOnlyList<ComplaintEvent> delivered) =>
        state.LastSequence.TryGetValue(complaintId, out var last) ? last : delivered[^1].Sequence;

    /// <summary>
    /// Forgets a complaint that left this queue, once it has stored that it redelivers nothing here up to
    /// <paramref name="sequence"/>; returns false (and keeps it) when it is open here or a later event of it was applied.
    /// </summary>
    public bool Release(string complaintId, long sequence)
    {
        if (!state.Departed.ContainsKey(complaintId) || state.Open.ContainsKey(complaintId))
            return false;
        if (state.LastSequence.TryGetValue(complaintId, out var last) && last > sequence)
            return false;
        state.Departed.Remove(complaintId);
        state.LastSequence.Remove(complaintId);
        return true;
    }

    public bool StartShift(string agentId) => state.AgentsOnShift.Add(agentId);

    public bool EndShift(string agentId) => state.AgentsOnShift.Remove(agentId);

    /// <summary>Open complaints, most urgent first: escalation level, then priority, then oldest.</summary>
    public IReadOnlyList<ComplaintSummary> OpenByUrgency() =>
        state.Open.Values
            .OrderByDescending(c => c.EscalationLevel)
            .ThenByDescending(c => c.Priority)
            .ThenBy(c => c.FiledAt)
            .ThenBy(c => c.ComplaintId, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// The view at <paramref name="now"/>; the breach forecast over <paramref name="forecast"/>'s horizon with the
    /// department's allowances from <paramref name="allowancesFor"/> (by default an hour, measured over the last hour,
    /// with the standard allowances).
    /// </summary>
    public DepartmentView ToView(
        string name, QueueHealthOptions thresholds, DateTimeOffset now,
        BreachForecastOptions? forecast = null, Func<Severity, ClockAllowances>? allowancesFor = null)
    {
        forecast ??= new BreachForecastOptions();
        var open = state.Open.Values;
        var lastHour = Since(now - TimeSpan.FromHours(1));
        var lastDay = Since(now - ActivityWindow);
        var unacknowledged = open.Where(c => c.Status == ComplaintStatus.Received).Select(c => c.FiledAt).ToArray();
        var resolutionsLastDay = lastDay.Sum(b => b.Resolutions);
        var responsesLastHour = lastHour.Sum(b => b.FirstResponses);
        var agents = state.AgentsOnShift.Count;

        var view = new DepartmentView(
            departmentId,
            name,
            HealthColour.Green,
            [],
            Open: open.Count,
            OpenByStatus: open.GroupBy(c => c.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            OpenBySeverity: open.GroupBy(c => c.Severity).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            NewLast15Minutes: Since(now - NewWindow).Sum(b => b.Filed),
            OldestUnacknowledgedAge: unacknowledged.Length == 0 ? null : now - unacknowledged.Min(),
            AtRisk: open.Count(c => c.ClockLevel == EscalationLevel.AtRisk),
            Breached: open.Count(c => c.ClockLevel >= EscalationLevel.Breached),
            FirstResponseServiceLevelLastHour: Share(lastHour.Sum(b => b.FirstResponsesMet), responsesLastHour),
            ResolutionServiceLevelLastHour: Share(lastHour.Sum(b => b.ResolutionsMet), lastHour.Sum(b => b.Resolutions)),
            FirstResponseServiceLevelLastDay: Share(lastDay.Sum(b => b.FirstResponsesMet), lastDay.Sum(b => b.FirstResponses)),
            ResolutionServiceLevelLastDay: Share(lastDay.Sum(b => b.ResolutionsMet), resolutionsLastDay),
            ResolvedLastHour: lastHour.Sum(b => b.Resolutions),
            ResolvedLastDay: resolutionsLastDay,
            AverageTimeToResolve: resolutionsLastDay == 0 ? null : TimeSpan.FromTicks(lastDay.Sum(b => b.ResolveTicks) / resolutionsLastDay),
            BacklogTrend: open.Count - OpenAround(now - TimeSpan.FromHours(1)),
            AgentsOnShift: agents,
            LoadPerAgent: agents == 0 ? null : Math.Round((double)open.Count / agents, 2),
            HandOffsIn: lastDay.Sum(b => b.HandOffsIn),
            HandOffsOut: lastDay.Sum(b => b.HandOffsOut),
            PingPong: open.Count(c => c.PingPong),
            ComputedAt: now,
            CausesLastDay: CauseWindow.Since(state.Causes, now - ActivityWindow),
            Forecast: BreachForecast.Forecast(now, forecast.Horizon, OpenClocksNotBreached(), Pace(now, forecast.RateWindow),
                allowancesFor ?? ClockPolicyOptions.StandardFor));

        var (colour, reasons) = QueueHealthCalculator.Assess(view, responsesLastHour, thresholds);
        return view with { Health = colour, HealthReasons = reasons };
    }

    /// <summary>What the department did over the <paramref name="window"/> before <paramref name="now"/>, per hour; no work when no agent is on shift.</summary>
    public MeasuredPace Pace(DateTimeOffset now, TimeSpan window)
    {
        // Whole minutes are counted, so the span is from the start of the window's first minute.
        var since = now - window;
        var span = now - MinuteOf(since);
        var buckets = Since(since);
        var hours = span.TotalHours;
        var arrivals = new double[SeverityCount];
        foreach (var b in buckets)
        {
            if (b.FiledBySeverity is { } filed)
            {
                for (var i = 0; i < arrivals.Length; i++)
                    arrivals[i] += filed[i];
            }
            else
            {
                // A minute stored before arrivals were counted by severity: its arrivals count as Medium.
                arrivals[(int)Severity.Medium] += b.Filed;
            }
        }
        for (var i = 0; i < arrivals.Length; i++)
            arrivals[i] /= hours;
        var pace = new MeasuredPace(buckets.Sum(b => b.FirstResponses) / hours, buckets.Sum(b => b.CustomerUpdates) / hours,
            buckets.Sum(b => b.Resolutions) / hours, arrivals);
        return state.AgentsOnShift.Count == 0 ? pace.WithoutWork() : pace;
    }

    /// <summary>The running clocks of open complaints that have not breached yet, with their breach instants.</summary>
    private IEnumerable<(ClockKind Kind, DateTimeOffset DueAt)> OpenClocksNotBreached()
    {
        foreach (var (id, dues) in state.Dues)
        {
            if (!state.Open.TryGetValue(id, out var c))
                continue;
            if (dues.FirstResponse is { } first && c.FirstResponseLevel < EscalationLevel.Breached)
                yield return (ClockKind.FirstResponse, first);
            if (dues.CustomerUpdate is { } update && c.CustomerUpdateLevel < EscalationLevel.Breached)
                yield return (ClockKind.CustomerUpdate, update);
            if (dues.Resolution is { } resolution && c.ResolutionLevel < EscalationLevel.Breached)
                yield return (ClockKind.Resolution, resolution);
        }
    }

    private void ApplyOne(ComplaintEvent e, DateTimeOffset now)
    {
        var s = e.Summary;
        var mine = string.Equals(s.DepartmentId, departmentId, StringComparison.Ordinal);
        var updateRestarted = false;
        if (mine && s.IsOpen)
        {
            Uncount(e.ComplaintId);
            state.Open[e.ComplaintId] = s;
            updateRestarted = RecordDues(e);
            if (_openByStatus is not null)
                _openByStatus[(int)s.Status]++;
            state.Departed.Remove(e.ComplaintId);
        }
        else
        {
            // Closed here, or handed elsewhere: remember the sequence only for the dedupe window.
            Uncount(e.ComplaintId);
            state.Open.Remove(e.ComplaintId);
            state.Departed[e.ComplaintId] = now;
            state.Dues.Remove(e.ComplaintId);
        }

        // Counted in the minute it happened, so a late redelivery lands where it belongs.
        if (e.At <= now - ActivityWindow)
            return;
        var bucket = BucketFor(e.At);
        if (updateRestarted)
            bucket.CustomerUpdates++;
        switch (e.Kind)
        {
            case ComplaintEventKind.Filed when mine:
                bucket.Filed++;
                (bucket.FiledBySeverity ??= new int[SeverityCount])[(int)s.Severity]++;
                break;
            case ComplaintEventKind.Assessed when mine && s.Cause is { } cause:
                CauseWindow.Count(state.Causes, e.At, cause);
                break;
            case ComplaintEventKind.Acknowledged when mine:
                bucket.FirstResponses++;
                if (s.FirstResponseMet == true)
                    bucket.FirstResponsesMet++;
                break;
            case ComplaintEventKind.Resolved when mine:
                bucket.Resolutions++;
                if (s.ResolutionMet == true)
                    bucket.ResolutionsMet++;
                bucket.ResolveTicks += (e.At - s.FiledAt).Ticks;
                break;
            case ComplaintEventKind.HandedOff when mine:
                bucket.HandOffsIn++;
                break;
            case ComplaintEventKind.HandedOff when string.Equals(e.PreviousDepartmentId, departmentId, StringComparison.Ordinal):
                bucket.HandOffsOut++;
                break;
        }
    }

    /// <summary>
    /// Keeps the complaint's due instants; returns whether a contact restarted its running customer-update clock (its
    /// breach instant moved later), the work the forecast paces that clock by. A pause and resume is no contact: the
    /// paused clock has no breach instant, so nothing moves.
    /// </summary>
    private bool RecordDues(ComplaintEvent e)
    {
        if (e.Dues is not { } dues)
        {
            state.Dues.Remove(e.ComplaintId);
            return false;
        }
        var restarted = state.Dues.TryGetValue(e.ComplaintId, out var before)
            && before.CustomerUpdate is { } was && dues.CustomerUpdate is { } now && now > was;
        state.Dues[e.ComplaintId] = dues;
        return restarted;
    }

    /// <summary>The open complaints by status (statuses with none left out).</summary>
    public Dictionary<ComplaintStatus, int> OpenByStatus()
    {
        var counts = OpenCountsByStatus();
        var result = new Dictionary<ComplaintStatus, int>();
        for (var status = 0; status < counts.Length; status++)
        {
            if (counts[status] > 0)
                result[(ComplaintStatus)status] = counts[status];
        }
        return result;
    }

    /// <summary>The open complaints by status, indexed by <see cref="ComplaintStatus"/>, kept as events apply; read, not kept.</summary>
    public ReadOnlySpan<int> OpenCountsByStatus()
    {
        if (_openByStatus is null)
        {
            _openByStatus = new int[(int)ComplaintStatus.Closed + 1];
            foreach (var c in state.Open.Values)
                _openByStatus[(int)c.Status]++;
        }
        return _openByStatus;
    }

    private void Uncount(string complaintId)
    {
        if (_openByStatus is not null && state.Open.TryGetValue(complaintId, out var before))
            _openByStatus[(int)before.Status]--;
    }

    /// <summary>The bucket of <paramref name="at"/>'s minute, created in order when new.</summary>
    private ActivityBucket BucketFor(DateTimeOffset at)
    {
        var minute = MinuteOf(at);
        var index = state.Activity.Count;
        while (index > 0 && state.Activity[index - 1].Minute > minute)
            index--;
        if (index > 0 && state.Activity[index - 1].Minute == minute)
            return state.Activity[index - 1];
        // A new minute starts from the open count the minute before it ended with.
        var openBefore = index > 0 ? state.Activity[index - 1].OpenAtEnd : state.Open.Count;
        var bucket = new ActivityBucket { Minute = minute, OpenAtEnd = openBefore };
        state.Activity.Insert(index, bucket);
        return bucket;
    }

    private static DateTimeOffset MinuteOf(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % BucketWidth.Ticks, TimeSpan.Zero);

    private void Prune(DateTimeOffset now)
    {
        var activityCutoff = now - ActivityWindow;
        CauseWindow.Prune(state.Causes, activityCutoff);
        var stale = state.Activity.FindIndex(b => b.Minute + BucketWidth > activityCutoff);
        // Keep one bucket from before the window: the backlog trend compares against it.
        if (stale > 1)
            state.Activity.RemoveRange(0, stale - 1);
        if (now < _nextDedupePrune)
            return;
        _nextDedupePrune = now + DedupePruneInterval;
        var dedupeCutoff = now - DedupeMemory;
        List<string>? forgotten = null;
        foreach (var (id, at) in state.Departed)
        {
            if (at < dedupeCutoff)
                (forgotten ??= []).Add(id);
        }
        if (forgotten is null)
            return;
        foreach (var id in forgotten)
        {
            state.Departed.Remove(id);
            state.LastSequence.Remove(id);
        }
    }

    private List<ActivityBucket> Since(DateTimeOffset since)
    {
        var result = new List<ActivityBucket>();
        for (var i = state.Activity.Count - 1; i >= 0 && state.Activity[i].Minute + BucketWidth > since; i--)
            result.Add(state.Activity[i]);
        return result;
    }

    /// <summary>The open count at the end of the last minute before <paramref name="at"/>, or the oldest known.</summary>
    private int OpenAround(DateTimeOffset at)
    {
        ActivityBucket? best = null;
        foreach (var bucket in state.Activity)
        {
            if (bucket.Minute <= at)
                best = bucket;
        }
        return (best ?? state.Activity.FirstOrDefault())?.OpenAtEnd ?? 0;
    }

    private static double? Share(int met, int total) => total == 0 ? null : Math.Round((double)met / total, 4);
}

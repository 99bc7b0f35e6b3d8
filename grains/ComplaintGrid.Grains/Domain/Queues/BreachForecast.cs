using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Domain.Queues;

/// <summary>
/// The breaches a department is expected to have within a horizon (docs/domain.md, breach forecast). Per clock kind,
/// the clocks coming due within the horizon (open complaints' running clocks not yet breached, and those of complaints
/// expected to arrive) are served earliest-due first at the pace the department measured for the work that settles
/// that clock: by a due instant <c>d</c> it can have settled at most <c>pace × (d − now)</c> of them. What cannot be
/// settled by its due instant is expected to breach. Expected values, so a clock may be half settled.
/// </summary>
public static class BreachForecast
{
    private static readonly ClockKind[] Kinds = [ClockKind.FirstResponse, ClockKind.CustomerUpdate, ClockKind.Resolution];

    // Clocks that start when a complaint is filed, so arrivals bring them; the update clock starts at acknowledgement.
    private static readonly ClockKind[] StartAtFiling = [ClockKind.FirstResponse, ClockKind.Resolution];

    /// <summary>The forecast at <paramref name="now"/> over <paramref name="horizon"/>.</summary>
    /// <param name="now">When it is made.</param>
    /// <param name="horizon">How far ahead.</param>
    /// <param name="openClocks">The running clocks of open complaints not yet breached, with their breach instants.</param>
    /// <param name="pace">What the department measured recently.</param>
    /// <param name="allowancesFor">The department's allowances per severity, for the arrivals.</param>
    public static BreachForecastView Forecast(
        DateTimeOffset now,
        TimeSpan horizon,
        IEnumerable<(ClockKind Kind, DateTimeOffset DueAt)> openClocks,
        MeasuredPace pace,
        Func<Severity, ClockAllowances> allowancesFor)
    {
        ArgumentNullException.ThrowIfNull(openClocks);
        ArgumentNullException.ThrowIfNull(pace);
        ArgumentNullException.ThrowIfNull(allowancesFor);
        var until = now + horizon;
        var due = Kinds.ToDictionary(k => k, _ => new List<(DateTimeOffset DueAt, double Weight)>());
        var dueWithin = 0;
        foreach (var (kind, dueAt) in openClocks)
        {
            if (dueAt > until)
                continue;
            due[kind].Add((dueAt, 1));
            dueWithin++;
        }

        // An arrival at t into the horizon comes due at t + allowance: within the horizon when t < horizon − allowance.
        // Arrivals are spread evenly, so those come due evenly between now + allowance and the horizon's end.
        var arrivalsDue = 0.0;
        for (var severity = Severity.Low; severity <= Severity.Critical; severity++)
        {
            var perHour = pace.ArrivalsPerHourBySeverity[(int)severity];
            if (perHour <= 0)
                continue;
            var allowances = allowancesFor(severity);
            foreach (var kind in StartAtFiling)
            {
                var allowance = allowances.For(kind);
                if (allowance >= horizon)
                    continue;
                var expected = perHour * (horizon - allowance).TotalHours;
                due[kind].Add((now + (allowance + horizon) / 2, expected));
                arrivalsDue += expected;
            }
        }

        var breaches = 0.0;
        foreach (var kind in Kinds)
            breaches += Unsettled(now, due[kind], pace.PerHour(kind));

        return new BreachForecastView(
            Math.Round(breaches, 1), until, horizon, dueWithin, Math.Round(arrivalsDue, 1),
            Math.Round(pace.FirstResponsesPerHour, 1), Math.Round(pace.CustomerUpdatesPerHour, 1),
            Math.Round(pace.ResolutionsPerHour, 1), Math.Round(pace.ArrivalsPerHour, 1));
    }

    /// <summary>Serves <paramref name="due"/> earliest first at <paramref name="perHour"/>; returns what is left unsettled at its due instant.</summary>
    private static double Unsettled(DateTimeOffset now, List<(DateTimeOffset DueAt, double Weight)> due, double perHour)
    {
        due.Sort((a, b) => a.DueAt.CompareTo(b.DueAt));
        var settled = 0.0;
        var unsettled = 0.0;
        foreach (var (dueAt, weight) in due)
        {
            var capacity = Math.Max(0, perHour * (dueAt - now).TotalHours);
            var served = Math.Clamp(capacity - settled, 0, weight);
            settled += served;
            unsettled += weight - served;
        }
        return unsettled;
    }
}

namespace ComplaintGrid.Dashboard.Feed;

/// <summary>One department's tile: what a lead reads across the room. Times are absolute so the browser ages them.</summary>
public sealed record DepartmentTile(
    string DepartmentId,
    string Name,
    HealthColour Health,
    IReadOnlyList<string> HealthReasons,
    int Open,
    int NewLast15Minutes,
    DateTimeOffset? OldestUnacknowledgedSince,
    int AtRisk,
    int Breached,
    double? FirstResponseServiceLevelLastHour,
    double? ResolutionServiceLevelLastHour,
    int AgentsOnShift,
    double? LoadPerAgent,
    int BacklogTrend,
    int ResolvedLastHour,
    int PingPong,
    IReadOnlyList<CauseCount> CausesLastDay,
    int ExpectedBreaches,
    DateTimeOffset ExpectedBreachesBy)
{
    public static DepartmentTile From(DepartmentView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        // Filed-at of the oldest unacknowledged complaint, to the second: stable between polls, unlike its age.
        DateTimeOffset? since = v.OldestUnacknowledgedAge is { } age
            ? new DateTimeOffset((v.ComputedAt - age).UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero)
            : null;
        return new DepartmentTile(v.DepartmentId, v.Name, v.Health, v.HealthReasons, v.Open, v.NewLast15Minutes, since,
            v.AtRisk, v.Breached, Round(v.FirstResponseServiceLevelLastHour), Round(v.ResolutionServiceLevelLastHour),
            v.AgentsOnShift, Round(v.LoadPerAgent), v.BacklogTrend, v.ResolvedLastHour, v.PingPong, v.CausesLastDay,
            (int)Math.Round(v.Forecast.ExpectedBreaches, MidpointRounding.AwayFromZero), ToMinute(v.Forecast.Until));
    }

    /// <summary>Value equality including the reasons' and causes' contents (a record compares lists by reference).</summary>
    public bool Equals(DepartmentTile? other) =>
        other is not null
        && Core() == other.Core()
        && HealthReasons.SequenceEqual(other.HealthReasons)
        && CausesLastDay.SequenceEqual(other.CausesLastDay);

    public override int GetHashCode() => HashCode.Combine(DepartmentId, Open, AtRisk, Breached, Health);

    private string Core() => string.Join('|', DepartmentId, Name, Health, Open, NewLast15Minutes, OldestUnacknowledgedSince?.UtcTicks,
        AtRisk, Breached, FirstResponseServiceLevelLastHour, ResolutionServiceLevelLastHour, AgentsOnShift, LoadPerAgent,
        BacklogTrend, ResolvedLastHour, PingPong, ExpectedBreaches, ExpectedBreachesBy.UtcTicks);

    // The horizon's end moves with the clock: to the minute (what the tile shows), so it sends a frame once a minute, not every read.
    private static DateTimeOffset ToMinute(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}

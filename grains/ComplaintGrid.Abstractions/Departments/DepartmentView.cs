namespace ComplaintGrid;

/// <summary>A department's live queue and its health.</summary>
/// <param name="DepartmentId">Id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Health">Health colour.</param>
/// <param name="HealthReasons">Why it is not green (empty when green).</param>
/// <param name="Open">Open complaints.</param>
/// <param name="OpenByStatus">Open by status.</param>
/// <param name="OpenBySeverity">Open by severity.</param>
/// <param name="NewLast15Minutes">Filed in the last 15 minutes.</param>
/// <param name="OldestUnacknowledgedAge">Age of the oldest unacknowledged complaint.</param>
/// <param name="AtRisk">Open complaints at risk (no clock breached).</param>
/// <param name="Breached">Open complaints with a clock breached.</param>
/// <param name="FirstResponseServiceLevelLastHour">Share of first responses in the last hour within allowance.</param>
/// <param name="ResolutionServiceLevelLastHour">Share of resolutions in the last hour within allowance.</param>
/// <param name="FirstResponseServiceLevelLastDay">Same, last 24 hours.</param>
/// <param name="ResolutionServiceLevelLastDay">Same, last 24 hours.</param>
/// <param name="ResolvedLastHour">Throughput: resolutions in the last hour.</param>
/// <param name="ResolvedLastDay">Resolutions in the last 24 hours.</param>
/// <param name="AverageTimeToResolve">Mean filing-to-resolution time over the last 24 hours.</param>
/// <param name="BacklogTrend">Open now minus open an hour ago (positive: growing).</param>
/// <param name="AgentsOnShift">Agents on shift.</param>
/// <param name="LoadPerAgent">Open complaints per agent on shift.</param>
/// <param name="HandOffsIn">Complaints handed in (last 24 hours).</param>
/// <param name="HandOffsOut">Complaints handed out (last 24 hours).</param>
/// <param name="PingPong">Open complaints flagged ping-pong.</param>
/// <param name="ComputedAt">When computed.</param>
/// <param name="CausesLastDay">Complaints assessed here in the last 24 hours (counted by the hour) by cause, most first; causes with none left out.</param>
/// <param name="Forecast">The breaches expected within the forecast horizon, and what they were made of.</param>
[GenerateSerializer, Immutable, Alias("cg.DepartmentView")]
public sealed record DepartmentView(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] string Name,
    [property: Id(2)] HealthColour Health,
    [property: Id(3)] IReadOnlyList<string> HealthReasons,
    [property: Id(4)] int Open,
    [property: Id(5)] IReadOnlyDictionary<ComplaintStatus, int> OpenByStatus,
    [property: Id(6)] IReadOnlyDictionary<Severity, int> OpenBySeverity,
    [property: Id(7)] int NewLast15Minutes,
    [property: Id(8)] TimeSpan? OldestUnacknowledgedAge,
    [property: Id(9)] int AtRisk,
    [property: Id(10)] int Breached,
    [property: Id(11)] double? FirstResponseServiceLevelLastHour,
    [property: Id(12)] double? ResolutionServiceLevelLastHour,
    [property: Id(13)] double? FirstResponseServiceLevelLastDay,
    [property: Id(14)] double? ResolutionServiceLevelLastDay,
    [property: Id(15)] int ResolvedLastHour,
    [property: Id(16)] int ResolvedLastDay,
    [property: Id(17)] TimeSpan? AverageTimeToResolve,
    [property: Id(18)] int BacklogTrend,
    [property: Id(19)] int AgentsOnShift,
    [property: Id(20)] double? LoadPerAgent,
    [property: Id(21)] int HandOffsIn,
    [property: Id(22)] int HandOffsOut,
    [property: Id(23)] int PingPong,
    [property: Id(24)] DateTimeOffset ComputedAt,
    [property: Id(25)] IReadOnlyList<CauseCount> CausesLastDay,
    [property: Id(26)] BreachForecastView Forecast);

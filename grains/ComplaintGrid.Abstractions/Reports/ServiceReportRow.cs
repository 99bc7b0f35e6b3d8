namespace ComplaintGrid;

/// <summary>One department in one period of a service report (docs/design.md says how each figure is read from the history).</summary>
/// <param name="DepartmentId">Department.</param>
/// <param name="PeriodStart">The period's first local day.</param>
/// <param name="PeriodEnd">The period's last local day (inclusive).</param>
/// <param name="Filed">Complaints filed in the period.</param>
/// <param name="Closed">Complaints closed in the period.</param>
/// <param name="OpenAtEnd">Complaints filed and not closed when the period ended.</param>
/// <param name="FirstResponse">First responses (acknowledgements) in the period and how many were in time.</param>
/// <param name="Resolution">Resolutions in the period and how many were in time.</param>
/// <param name="Breaches">Clock breaches in the period charged to the department that owned the complaint then.</param>
/// <param name="ReopenRate">Share of the complaints closed in the period that were ever reopened; null when none closed.</param>
/// <param name="SatisfactionRate">Share of the complaints closed in the period with feedback whose last feedback was satisfied.</param>
/// <param name="RecoveryRate">Share of the reopened complaints closed in the period whose customer ended satisfied.</param>
/// <param name="PingPongHandOffs">Hand-offs by the department, in the period, back to a department the complaint had already left.</param>
/// <param name="Remedies">Remedies of the complaints closed in the period.</param>
/// <param name="HoldHours">Hours the department's complaints spent on hold within the period.</param>
[GenerateSerializer, Immutable, Alias("cg.ServiceReportRow")]
public sealed record ServiceReportRow(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] DateOnly PeriodStart,
    [property: Id(2)] DateOnly PeriodEnd,
    [property: Id(3)] int Filed,
    [property: Id(4)] int Closed,
    [property: Id(5)] int OpenAtEnd,
    [property: Id(6)] ServiceLevel FirstResponse,
    [property: Id(7)] ServiceLevel Resolution,
    [property: Id(8)] BreachCounts Breaches,
    [property: Id(9)] double? ReopenRate,
    [property: Id(10)] double? SatisfactionRate,
    [property: Id(11)] double? RecoveryRate,
    [property: Id(12)] int PingPongHandOffs,
    [property: Id(13)] RemedyTotals Remedies,
    [property: Id(14)] double HoldHours);

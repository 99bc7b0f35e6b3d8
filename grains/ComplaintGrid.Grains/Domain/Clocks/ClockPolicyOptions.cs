namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// Clock allowances by severity (configuration section <c>ComplaintGrid:Clocks</c>), with per-department
/// overrides under <c>Departments:{departmentId}:{Severity}</c>, per-tier entitlements under <c>Tiers:{tier}</c>, and the
/// business-hours calendar each department counts by. Defaults are docs/domain.md's table.
/// </summary>
public sealed class ClockPolicyOptions
{
    public const string SectionName = "ComplaintGrid:Clocks";

    /// <summary>Allowances by severity; any severity left out keeps the docs/domain.md default.</summary>
    public Dictionary<Severity, ClockAllowanceSettings> Defaults { get; set; } = [];

    /// <summary>Per-department overrides by severity.</summary>
    public Dictionary<string, Dictionary<Severity, ClockAllowanceSettings>> Departments { get; set; } = [];

    /// <summary>
    /// The calendar (a name under <c>ComplaintGrid:Calendars</c>) each department's clocks count open time by; a
    /// department left out counts around the clock.
    /// </summary>
    public Dictionary<string, string> DepartmentCalendars { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Severities whose clocks count around the clock whatever their department's calendar, by the severity filed;
    /// a severity left out keeps its default (<see cref="StandardAroundTheClock"/>).
    /// </summary>
    public Dictionary<Severity, bool> AroundTheClock { get; set; } = [];

    /// <summary>
    /// On a move to another department, whether the clocks take the new department's allowances (with the entitlement
    /// filed). Off: allowances stay as filed, and only the calendar changes.
    /// </summary>
    public bool RecomputeOnHandOff { get; set; }

    /// <summary>Entitlements by customer value tier, fixed at filing.</summary>
    public Dictionary<ValueTier, TierEntitlementSettings> Tiers { get; set; } = [];

    /// <summary>Critical complaints are worked around the clock: an outage does not wait for Monday.</summary>
    public static bool StandardAroundTheClock(Severity severity) => severity == Severity.Critical;

    /// <summary>docs/domain.md's default allowances.</summary>
    public static ClockAllowances StandardFor(Severity severity) => severity switch
    {
        Severity.Critical => new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        Severity.High => new(TimeSpan.FromHours(1), TimeSpan.FromHours(12), TimeSpan.FromDays(3)),
        Severity.Medium => new(TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromDays(5)),
        _ => new(TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromDays(10)),
    };
}

using ComplaintGrid.Domain.Calendars;

namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// Resolves a complaint's allowances from the defaults, its department's overrides and its customer's tier, and the
/// business-hours calendar its clocks count by.
/// </summary>
public sealed class ClockPolicy(ClockPolicyOptions options, BusinessCalendars? calendars = null)
{
    private readonly BusinessCalendars _calendars = calendars ?? BusinessCalendars.None;

    /// <summary>Whether any tier has an entitlement: only then is the customer's tier looked up at filing.</summary>
    public bool HasTierEntitlements => options.Tiers.Count > 0;

    /// <summary>Whether a move to another department takes that department's allowances.</summary>
    public bool RecomputeOnHandOff => options.RecomputeOnHandOff;

    public ClockAllowances AllowancesFor(string departmentId, Severity severity)
    {
        var standard = ClockPolicyOptions.StandardFor(severity);
        options.Defaults.TryGetValue(severity, out var configured);
        ClockAllowanceSettings? departmentOverride = null;
        if (options.Departments.TryGetValue(departmentId, out var bySeverity))
            bySeverity.TryGetValue(severity, out departmentOverride);

        return new ClockAllowances(
            departmentOverride?.FirstResponse ?? configured?.FirstResponse ?? standard.FirstResponse,
            departmentOverride?.CustomerUpdate ?? configured?.CustomerUpdate ?? standard.CustomerUpdate,
            departmentOverride?.Resolution ?? configured?.Resolution ?? standard.Resolution);
    }

    /// <summary>
    /// The department's allowances as the customer's <paramref name="tier"/> is entitled to them: times the tier's factor,
    /// then any allowance the tier sets outright for the severity. No entitlement when the tier has none configured.
    /// </summary>
    public ClockEntitlement AllowancesFor(string departmentId, Severity severity, ValueTier tier)
    {
        var allowances = AllowancesFor(departmentId, severity);
        if (!options.Tiers.TryGetValue(tier, out var entitlement))
            return new ClockEntitlement(allowances, null);
        var factor = entitlement.Factor ?? 1.0;
        entitlement.Severities.TryGetValue(severity, out var set);
        var applied = new ClockAllowances(
            set?.FirstResponse ?? allowances.FirstResponse * factor,
            set?.CustomerUpdate ?? allowances.CustomerUpdate * factor,
            set?.Resolution ?? allowances.Resolution * factor);
        var overridden = set is { } s && (s.FirstResponse is not null || s.CustomerUpdate is not null || s.Resolution is not null);
        return new ClockEntitlement(applied, new Entitlement(tier, entitlement.Factor, overridden));
    }

    /// <summary>The calendar a complaint of <paramref name="severity"/> in <paramref name="departmentId"/> counts by; null: around the clock.</summary>
    public BusinessCalendar? CalendarFor(string departmentId, Severity severity)
    {
        var aroundTheClock = options.AroundTheClock.TryGetValue(severity, out var configured)
            ? configured
            : ClockPolicyOptions.StandardAroundTheClock(severity);
        return aroundTheClock ? null : DepartmentCalendar(departmentId);
    }

    /// <summary>The department's calendar, whatever the severity (its time zone is where due times are shown).</summary>
    public BusinessCalendar? DepartmentCalendar(string departmentId) =>
        options.DepartmentCalendars.TryGetValue(departmentId, out var name) ? _calendars.Find(name) : null;

    /// <summary>A calendar by name; null when none is configured under it.</summary>
    public BusinessCalendar? Calendar(string? name) => _calendars.Find(name);
}

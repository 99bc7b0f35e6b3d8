namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// What a customer value tier is entitled to, under <c>ComplaintGrid:Clocks:Tiers:{tier}</c>: a factor on the allowances
/// and allowances set outright per severity (which win over the factor).
/// </summary>
public sealed class TierEntitlementSettings
{
    /// <summary>Multiplies the department's allowances, e.g. 0.5 for half the time; none leaves them.</summary>
    public double? Factor { get; set; }

    /// <summary>Allowances set outright by severity; an absent clock keeps the department's allowance times the factor.</summary>
    public Dictionary<Severity, ClockAllowanceSettings> Severities { get; set; } = [];
}

namespace ComplaintGrid.Domain.Clocks;

/// <summary>The allowances a complaint is filed with, and the tier's entitlement that shaped them (null when none did).</summary>
public sealed record ClockEntitlement(ClockAllowances Allowances, Entitlement? Entitlement);

namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// Allowances for one severity as configured. In <see cref="ClockPolicyOptions.Defaults"/> every value is
/// required; in a department override an absent value falls back to the default.
/// </summary>
public sealed class ClockAllowanceSettings
{
    /// <summary>Time to acknowledge the customer.</summary>
    public TimeSpan? FirstResponse { get; set; }

    /// <summary>Longest silence towards the customer while the complaint is open.</summary>
    public TimeSpan? CustomerUpdate { get; set; }

    /// <summary>Time to resolve.</summary>
    public TimeSpan? Resolution { get; set; }
}

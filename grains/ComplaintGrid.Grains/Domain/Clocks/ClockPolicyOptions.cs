namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// Clock allowances by severity (configuration section <c>ComplaintGrid:Clocks</c>), with per-department
/// overrides under <c>Departments:{departmentId}:{Severity}</c>. Defaults are docs/domain.md's table.
/// </summary>
public sealed class ClockPolicyOptions
{
    public const string SectionName = "ComplaintGrid:Clocks";

    /// <summary>Allowances by severity; any severity left out keeps the docs/domain.md default.</summary>
    public Dictionary<Severity, ClockAllowanceSettings> Defaults { get; set; } = [];

    /// <summary>Per-department overrides by severity.</summary>
    public Dictionary<string, Dictionary<Severity, ClockAllowanceSettings>> Departments { get; set; } = [];

    /// <summary>docs/domain.md's default allowances.</summary>
    public static ClockAllowances StandardFor(Severity severity) => severity switch
    {
        Severity.Critical => new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        Severity.High => new(TimeSpan.FromHours(1), TimeSpan.FromHours(12), TimeSpan.FromDays(3)),
        Severity.Medium => new(TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromDays(5)),
        _ => new(TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromDays(10)),
    };
}

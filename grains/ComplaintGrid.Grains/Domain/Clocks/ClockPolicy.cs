namespace ComplaintGrid.Domain.Clocks;

/// <summary>Resolves the allowances for a complaint from the defaults and its department's overrides.</summary>
public sealed class ClockPolicy(ClockPolicyOptions options)
{
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
}

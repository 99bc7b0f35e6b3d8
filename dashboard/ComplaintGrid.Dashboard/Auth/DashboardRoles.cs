namespace ComplaintGrid.Dashboard.Auth;

/// <summary>The roles a dashboard user may have (configuration values, matched case-insensitively).</summary>
public static class DashboardRoles
{
    /// <summary>Looks at the dashboard and reads the API.</summary>
    public const string Lead = "lead";

    /// <summary>Everything a lead may do, and acts: the API's POST, PUT and DELETE endpoints.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>
    /// Runs the cluster: Orleans' own dashboard (silos, grains, reminders). Sees no complaint board and no API:
    /// an operator needs the grid's health, not its customers.
    /// </summary>
    public const string Operator = "operator";

    public static readonly IReadOnlyList<string> All = [Lead, Supervisor, Operator];
}

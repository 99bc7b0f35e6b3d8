namespace ComplaintGrid.Api.Auth;

/// <summary>The roles a dashboard user may have (configuration values, matched case-insensitively).</summary>
public static class DashboardRoles
{
    /// <summary>Looks at the dashboard and reads the API, and merges a customer's duplicate complaints, within the user's departments.</summary>
    public const string Lead = "lead";

    /// <summary>
    /// Works complaints: reads, files and takes every lifecycle action on the complaints of the user's departments, and
    /// never approves or rejects a remedy.
    /// </summary>
    public const string Agent = "agent";

    /// <summary>Everything a lead and an agent may do within the user's departments, and approves or rejects remedies.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>
    /// Runs the cluster: Orleans' own dashboard (silos, grains, reminders). Sees no complaint board and no API:
    /// an operator needs the grid's health, not its customers.
    /// </summary>
    public const string Operator = "operator";

    public static readonly IReadOnlyList<string> All = [Lead, Agent, Supervisor, Operator];

    /// <summary>The roles that see complaints (the page, the hub, the API's reads); each is bound to departments.</summary>
    public static readonly string[] SeeComplaints = [Lead, Agent, Supervisor];
}

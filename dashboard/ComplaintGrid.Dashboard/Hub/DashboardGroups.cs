namespace ComplaintGrid.Dashboard.Hub;

/// <summary>
/// SignalR groups: one per department and one for all. A connection is in exactly one, so it receives at most
/// one frame per tick.
/// </summary>
public static class DashboardGroups
{
    public const string All = "departments:all";

    public static string For(string? departmentId) => departmentId is null ? All : "department:" + departmentId;
}

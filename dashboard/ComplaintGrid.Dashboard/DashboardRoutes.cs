namespace ComplaintGrid.Dashboard;

/// <summary>Where the dashboard lives in the host's URL space.</summary>
public static class DashboardRoutes
{
    /// <summary>The page (and its assets); <c>/</c> redirects here.</summary>
    public const string Page = "/live/";

    /// <summary>The SignalR hub.</summary>
    public const string Hub = "/hub/dashboard";
}

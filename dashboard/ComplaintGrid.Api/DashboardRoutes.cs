namespace ComplaintGrid.Api;

/// <summary>Where the dashboard lives in the host's URL space.</summary>
public static class DashboardRoutes
{
    /// <summary>The page (and its assets); <c>/</c> redirects here.</summary>
    public const string Page = "/live/";

    /// <summary>Orleans' own dashboard, for operators (mapped by the silo).</summary>
    public const string OrleansDashboard = "/orleans";

    /// <summary>The SignalR hub.</summary>
    public const string Hub = "/hub/dashboard";
}

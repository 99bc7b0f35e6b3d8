using Prometheus;

namespace ComplaintGrid.Dashboard.Feed;

/// <summary>The live dashboard's own series, in prometheus-net directly, which the API's <c>/metrics</c> endpoint exports.</summary>
internal static class DashboardMetrics
{
    /// <summary>Browsers connected to the dashboard hub of this process.</summary>
    public static readonly Gauge Connections = Metrics.CreateGauge(
        "complaintgrid_dashboard_connections", "Browsers connected to the live dashboard's hub.");

    /// <summary>Frames sent, one per group per send (a group is everyone watching one department, or all).</summary>
    public static readonly Counter FramesSent = Metrics.CreateCounter(
        "complaintgrid_dashboard_frames_sent_total", "Dashboard frames sent to browser groups.");
}

using ComplaintGrid.Client;
using ComplaintGrid.Logging;

namespace ComplaintGrid.DashboardHost;

internal static partial class DashboardHostLog
{
    [LoggerMessage(EventId = LogEventIds.DashboardHost + 1, Level = LogLevel.Information,
        Message = "ComplaintGrid dashboard host ready. Dashboard and HTTP API on {Urls}. Orleans client of cluster {ClusterId} (service {ServiceId}) through {Cluster} clustering")]
    public static partial void Ready(ILogger logger, string urls, string clusterId, string serviceId, ClusterKind cluster);
}

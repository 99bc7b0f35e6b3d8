using ComplaintGrid.Logging;

namespace ComplaintGrid.Silo.Hosting;

internal static partial class SiloLog
{
    [LoggerMessage(EventId = LogEventIds.Silo + 1, Level = LogLevel.Information,
        Message = "ComplaintGrid silo ready. Profile {Profile} ({Durability}). HTTP API on {Urls}. Orleans silo port {SiloPort}, gateway port {GatewayPort}, cluster {ClusterId}")]
    public static partial void Ready(ILogger logger, StorageProfile profile, string durability, string urls, int siloPort, int gatewayPort, string clusterId);
}

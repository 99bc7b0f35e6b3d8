using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Dashboard.Feed;

/// <summary>Dashboard feed log messages.</summary>
internal static partial class FeedLog
{
    [LoggerMessage(EventId = LogEventIds.DashboardFeed + 1, Level = LogLevel.Information, Message = "Dashboard feed is reading the cluster (a frame every {FrameInterval})")]
    public static partial void Connected(ILogger logger, TimeSpan frameInterval);

    [LoggerMessage(EventId = LogEventIds.DashboardFeed + 2, Level = LogLevel.Warning, Message = "Dashboard feed cannot read the cluster; browsers keep the last picture until it can")]
    public static partial void PollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEventIds.DashboardFeed + 3, Level = LogLevel.Warning, Message = "Dashboard feed: sending a frame failed")]
    public static partial void SendFailed(ILogger logger, Exception exception);
}

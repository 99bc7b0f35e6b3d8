using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.Feed;

/// <summary>Dashboard feed log messages (counts only).</summary>
internal static partial class FeedLog
{
    [LoggerMessage(EventId = LogEventIds.GrainFeed + 1, Level = LogLevel.Warning, Message = "Dashboard publisher: forwarding {Escalations} escalation(s) and {Customers} customer score(s) failed; will retry")]
    public static partial void FlushFailed(ILogger logger, Exception exception, int escalations, int customers);

    [LoggerMessage(EventId = LogEventIds.GrainFeed + 2, Level = LogLevel.Warning, Message = "Dashboard publisher: buffer full, dropped {Count} {What} update(s) for the dashboard")]
    public static partial void Dropped(ILogger logger, int count, string what);

    [LoggerMessage(EventId = LogEventIds.GrainFeed + 8, Level = LogLevel.Warning, Message = "Risk board: storing a checkpoint failed; it starts again from what it stored, and customers scored since reappear at their next step")]
    public static partial void RiskBoardCheckpointFailed(ILogger logger, Exception exception);
}

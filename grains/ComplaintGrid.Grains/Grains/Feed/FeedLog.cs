using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.Feed;

/// <summary>Dashboard feed log messages (counts only).</summary>
internal static partial class FeedLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Dashboard publisher: forwarding {Escalations} escalation(s) and {Customers} customer score(s) failed; will retry")]
    public static partial void FlushFailed(ILogger logger, Exception exception, int escalations, int customers);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Dashboard publisher: buffer full, dropped {Count} {What} update(s) for the dashboard")]
    public static partial void Dropped(ILogger logger, int count, string what);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning, Message = "Risk board: storing a checkpoint failed; it starts again from what it stored, and customers scored since reappear at their next step")]
    public static partial void RiskBoardCheckpointFailed(ILogger logger, Exception exception);
}

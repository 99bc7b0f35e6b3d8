using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.Duplicates;

/// <summary>Duplicate log messages. Ids only: no texts or references.</summary>
internal static partial class DuplicateLog
{
    [LoggerMessage(EventId = LogEventIds.Duplicates + 1, Level = LogLevel.Warning, Message = "Complaint {ComplaintId}: its customer's view could not say whether it duplicates a recent complaint; filed without a link")]
    public static partial void DetectionFailed(ILogger logger, Exception exception, string complaintId);

    [LoggerMessage(EventId = LogEventIds.Duplicates + 2, Level = LogLevel.Information, Message = "Complaint {ComplaintId}: linked as a duplicate of {PrimaryId}")]
    public static partial void Linked(ILogger logger, string complaintId, string primaryId);

    [LoggerMessage(EventId = LogEventIds.Duplicates + 3, Level = LogLevel.Warning, Message = "Complaint {ComplaintId}: telling its primary {PrimaryId} of the link failed; a retried filing or a merge tells it again")]
    public static partial void PrimaryNotTold(ILogger logger, Exception exception, string complaintId, string primaryId);

    [LoggerMessage(EventId = LogEventIds.Duplicates + 4, Level = LogLevel.Information, Message = "Complaint {ComplaintId}: merged {Count} duplicate(s)")]
    public static partial void Merged(ILogger logger, string complaintId, int count);
}

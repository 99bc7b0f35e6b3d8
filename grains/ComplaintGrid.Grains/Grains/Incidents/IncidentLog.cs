using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.Incidents;

/// <summary>Incident log messages (ids and counts only, no complaint text).</summary>
internal static partial class IncidentLog
{
    [LoggerMessage(EventId = LogEventIds.Incidents + 1, Level = LogLevel.Information, Message = "Incident {IncidentId} opened: {Count} complaint(s) of {DetectorKey} within the window")]
    public static partial void Opened(ILogger logger, string incidentId, int count, string detectorKey);

    [LoggerMessage(EventId = LogEventIds.Incidents + 2, Level = LogLevel.Warning, Message = "Incident detection for {DetectorKey}: handing a burst to incident {IncidentId} failed; its filings are not grouped")]
    public static partial void AddFailed(ILogger logger, Exception exception, string detectorKey, string incidentId);

    [LoggerMessage(EventId = LogEventIds.Incidents + 3, Level = LogLevel.Warning, Message = "Incident {IncidentId}: recording membership on complaint {ComplaintId} failed; the incident lists it, its timeline does not")]
    public static partial void MemberNotTold(ILogger logger, Exception exception, string incidentId, string complaintId);

    [LoggerMessage(EventId = LogEventIds.Incidents + 4, Level = LogLevel.Warning, Message = "Incident {IncidentId}: updating the incident board failed; the board shows it at its next change")]
    public static partial void BoardFailed(ILogger logger, Exception exception, string incidentId);

    [LoggerMessage(EventId = LogEventIds.Incidents + 5, Level = LogLevel.Information, Message = "Incident {IncidentId} resolved: {Closed} member(s) closed, {Left} left open")]
    public static partial void Resolved(ILogger logger, string incidentId, int closed, int left);

    [LoggerMessage(EventId = LogEventIds.Incidents + 6, Level = LogLevel.Warning, Message = "Complaint {ComplaintId}: telling incident detection of its filing failed; it is not watched for a burst")]
    public static partial void ObserveFailed(ILogger logger, Exception exception, string complaintId);
}

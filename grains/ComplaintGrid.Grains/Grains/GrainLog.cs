using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains;

/// <summary>Grain log messages. Ids and kinds only: no descriptions, names or contact details.</summary>
internal static partial class GrainLog
{
    [LoggerMessage(EventId = LogEventIds.Grains + 1, Level = LogLevel.Warning, Message = "Complaint {ComplaintId}: delivering {Count} event(s) to {Target} {TargetId} failed; will retry")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string complaintId, int count, string target, string targetId);

    [LoggerMessage(EventId = LogEventIds.Grains + 2, Level = LogLevel.Error, Message = "Complaint {ComplaintId}: writing state failed; deactivating so the stored state is reloaded")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string complaintId);

    [LoggerMessage(EventId = LogEventIds.Grains + 3, Level = LogLevel.Error, Message = "Complaint {ComplaintId}: command failed unexpectedly; deactivating so the stored state is reloaded")]
    public static partial void CommandFailed(ILogger logger, Exception exception, string complaintId);

    [LoggerMessage(EventId = LogEventIds.Grains + 4, Level = LogLevel.Information, Message = "Complaint {ComplaintId}: {Clock} reached {Level}")]
    public static partial void Escalated(ILogger logger, string complaintId, ClockKind? clock, EscalationLevel? level);

    [LoggerMessage(EventId = LogEventIds.Grains + 5, Level = LogLevel.Warning, Message = "Complaint {ComplaintId}: aiming the escalation reminder failed; the retry period will re-aim it")]
    public static partial void ReminderFailed(ILogger logger, Exception exception, string complaintId);

    [LoggerMessage(EventId = LogEventIds.Grains + 6, Level = LogLevel.Warning, Message = "View {View} {ViewId}: storing a checkpoint failed; complaints redeliver what it had not stored")]
    public static partial void ViewCheckpointFailed(ILogger logger, Exception exception, string view, string viewId);

    [LoggerMessage(EventId = LogEventIds.Grains + 7, Level = LogLevel.Warning, Message = "Complaint {ComplaintId}: releasing the departments it left failed; they forget it after their one-day fallback")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string complaintId);

    [LoggerMessage(EventId = LogEventIds.Grains + 8, Level = LogLevel.Warning, Message = "Customer {CustomerId}: asking complaint {ComplaintId} for its stored summary failed; the view shows the summary it stored and asks again")]
    public static partial void SummaryAskFailed(ILogger logger, Exception? exception, string customerId, string complaintId);

    [LoggerMessage(EventId = LogEventIds.Grains + 11, Level = LogLevel.Warning, Message = "Customer {CustomerId}: the view could not say whether a filing was made before ids were keyed; the intake asks the complaint instead")]
    public static partial void IntakeAskedTheComplaint(ILogger logger, Exception exception, string customerId);

    [LoggerMessage(EventId = LogEventIds.Grains + 21, Level = LogLevel.Information, Message = "Complaint {ComplaintId}: personal texts erased")]
    public static partial void PersonalDataErased(ILogger logger, string complaintId);

    [LoggerMessage(EventId = LogEventIds.Grains + 22, Level = LogLevel.Information, Message = "Customer {CustomerId}: personal texts of {Erased} of {Complaints} complaint(s) erased")]
    public static partial void CustomerErased(ILogger logger, string customerId, int erased, int complaints);

    [LoggerMessage(EventId = LogEventIds.Grains + 30, Level = LogLevel.Warning, Message = "Complaint {ComplaintId}: the customer's value tier could not be read at filing; filed without a tier entitlement")]
    public static partial void ValueTierUnknown(ILogger logger, Exception exception, string complaintId);
}

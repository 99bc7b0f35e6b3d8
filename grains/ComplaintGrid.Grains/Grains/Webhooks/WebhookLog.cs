using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.Webhooks;

/// <summary>Webhook log messages: subscription names, complaint ids, sequences and outcomes; never the secret, URL or body.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = LogEventIds.Webhooks + 1, Level = LogLevel.Warning, Message = "Webhook {Subscription}: delivery of complaint {ComplaintId} event {Sequence} failed (attempt {Failures}, status {StatusCode}, error {Error}); retrying in {RetryIn}")]
    public static partial void DeliveryFailed(ILogger logger, string subscription, string complaintId, long sequence, int failures, int? statusCode, string? error, TimeSpan retryIn);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 2, Level = LogLevel.Error, Message = "Webhook {Subscription}: gave up on complaint {ComplaintId} event {Sequence} after {Failures} failed attempts; its later events follow")]
    public static partial void DeliveryAbandoned(ILogger logger, string subscription, string complaintId, long sequence, int failures);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 3, Level = LogLevel.Warning, Message = "Webhook queue {Queue} is full ({Pending} waiting); complaints keep their events and offer them again")]
    public static partial void QueueFull(ILogger logger, string queue, int pending);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 4, Level = LogLevel.Warning, Message = "Webhook queue {Queue}: subscription is no longer configured; dropped {Count} waiting deliveries")]
    public static partial void SubscriptionGone(ILogger logger, string queue, int count);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 5, Level = LogLevel.Warning, Message = "Webhook queue {Queue}: writing state failed; deactivating so the stored state is reloaded")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string queue);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 6, Level = LogLevel.Warning, Message = "Webhook queue {Queue}: keeping its wake-up reminder failed; the timer keeps sending while the queue is active")]
    public static partial void ReminderFailed(ILogger logger, Exception exception, string queue);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 7, Level = LogLevel.Error, Message = "Webhook queue {Queue}: sending for complaint {ComplaintId} failed unexpectedly; the next tick retries")]
    public static partial void DrainFailed(ILogger logger, Exception exception, string queue, string complaintId);
}

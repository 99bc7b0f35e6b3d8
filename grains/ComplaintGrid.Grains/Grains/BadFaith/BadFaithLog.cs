using ComplaintGrid.Logging;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.BadFaith;

/// <summary>Bad-faith log messages: ids and reason names only, never a description.</summary>
internal static partial class BadFaithLog
{
    [LoggerMessage(EventId = LogEventIds.BadFaith + 1, Level = LogLevel.Information, Message = "Customer {CustomerId}: bad-faith flag raised with {Reasons} reason(s)")]
    public static partial void Raised(ILogger logger, string customerId, int reasons);

    [LoggerMessage(EventId = LogEventIds.BadFaith + 2, Level = LogLevel.Information, Message = "Customer {CustomerId}: bad-faith flag cleared by {Actor}")]
    public static partial void Cleared(ILogger logger, string customerId, string actor);

    [LoggerMessage(EventId = LogEventIds.BadFaith + 3, Level = LogLevel.Warning, Message = "Customer {CustomerId}: reading the story of complaint {ComplaintId} failed; it is read again on the next change")]
    public static partial void StoryReadFailed(ILogger logger, Exception exception, string customerId, string complaintId);

    [LoggerMessage(EventId = LogEventIds.BadFaith + 4, Level = LogLevel.Warning, Message = "Customer {CustomerId}: updating the flagged list failed; the next change of the flag updates it")]
    public static partial void RegisterFailed(ILogger logger, Exception exception, string customerId);
}

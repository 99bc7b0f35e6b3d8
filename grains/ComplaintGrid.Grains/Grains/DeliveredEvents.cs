namespace ComplaintGrid.Grains;

/// <summary>Checks what a view receives: the events of one complaint per delivery, so one stored sequence answers it.</summary>
internal static class DeliveredEvents
{
    /// <summary>The complaint the events belong to; refuses an empty delivery or one that mixes complaints.</summary>
    public static string ComplaintOf(IReadOnlyList<ComplaintEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
            throw new ArgumentException("A delivery carries at least one event.", nameof(events));
        var complaintId = events[0].ComplaintId;
        for (var i = 1; i < events.Count; i++)
        {
            if (!string.Equals(events[i].ComplaintId, complaintId, StringComparison.Ordinal))
                throw new ArgumentException("A delivery carries the events of one complaint.", nameof(events));
        }
        return complaintId;
    }
}

namespace ComplaintGrid.Domain.Clocks;

/// <summary>What a complaint does with its escalation reminder when its next escalation point may have moved.</summary>
public enum ReminderMove
{
    /// <summary>The reminder in the table fires at or before the next point: leave it, at no write.</summary>
    Keep,
    /// <summary>Register (or move) the reminder to the next point.</summary>
    AimAtNext,
    /// <summary>Nothing will ever be due and the reminder's state is unknown: remove it.</summary>
    Remove,
}

/// <summary>
/// The rule for aiming a complaint's one escalation reminder. Every reminder change is a write to the reminder table,
/// and most commands move the next escalation point later (an acknowledgement stops the first-response clock; a
/// resolution or close stops them all). A reminder aimed earlier than needed is harmless: when it fires, the complaint
/// checks its deadlines, finds nothing due, and re-aims or removes it then. So the reminder moves on the command path
/// only when the next point comes earlier than the reminder, or the reminder's aim is not known; the later move, or
/// the removal, happens when the early reminder fires, away from the command path.
/// </summary>
public static class ReminderAim
{
    /// <param name="known">Whether <paramref name="aimedAt"/> is what the reminder table holds (false after activation, after a
    /// failure, and once the reminder has fired).</param>
    /// <param name="aimedAt">When the reminder in the table fires next; null when there is none.</param>
    /// <param name="next">The complaint's next escalation point; null when nothing will be due.</param>
    public static ReminderMove Decide(bool known, DateTimeOffset? aimedAt, DateTimeOffset? next)
    {
        if (!known)
            return next is null ? ReminderMove.Remove : ReminderMove.AimAtNext;
        if (aimedAt is not { } aimed)
            return next is null ? ReminderMove.Keep : ReminderMove.AimAtNext;
        // An existing reminder at or before the next point (or with nothing left to be due) fires early and is dealt with then.
        return next is { } at && at < aimed ? ReminderMove.AimAtNext : ReminderMove.Keep;
    }
}

namespace ComplaintGrid.Domain.Incidents;

/// <summary>How fast an incident grows: members joined in the last window less those joined in the window before.</summary>
public static class IncidentGrowth
{
    /// <summary>
    /// Joined in (<paramref name="now"/> − <paramref name="window"/>, <paramref name="now"/>] less joined in the window
    /// before that: positive while the burst speeds up, negative as it dies down.
    /// </summary>
    public static int Of(IEnumerable<DateTimeOffset> joinedAt, DateTimeOffset now, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(joinedAt);
        int recent = 0, before = 0;
        foreach (var at in joinedAt)
        {
            if (at > now - window && at <= now)
                recent++;
            else if (at > now - window - window && at <= now - window)
                before++;
        }
        return recent - before;
    }
}

namespace ComplaintGrid.Grains.Feed;

/// <summary>The rules of the escalation feed: each escalation once, newest first, bounded.</summary>
public sealed class EscalationLog(EscalationBoardState state)
{
    /// <summary>More than a wall screen shows in a shift's busiest minutes; older escalations stay on their complaints.</summary>
    public const int Capacity = 100;

    public EscalationBoardState State => state;

    /// <summary>Adds the entries not already on the board; returns false when nothing changed.</summary>
    public bool Add(IEnumerable<EscalationEntry> entries)
    {
        var known = state.Entries.Select(e => (e.ComplaintId, e.Sequence)).ToHashSet();
        var oldestKept = state.Entries.Count >= Capacity ? state.Entries[^1].At : DateTimeOffset.MinValue;
        var added = false;
        foreach (var entry in entries)
        {
            // Redelivered events and entries older than everything kept would only churn the board.
            if (entry.At < oldestKept || !known.Add((entry.ComplaintId, entry.Sequence)))
                continue;
            state.Entries.Add(entry);
            added = true;
        }
        if (!added)
            return false;
        state.Entries = state.Entries
            .OrderByDescending(e => e.At)
            .ThenBy(e => e.ComplaintId, StringComparer.Ordinal)
            .ThenByDescending(e => e.Sequence)
            .Take(Capacity)
            .ToList();
        state.Version++;
        return true;
    }

    public EscalationBoard ToBoard() => new(state.Version, state.Entries.ToArray());
}

namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// The rules of the escalation feed: each escalation once, newest first, bounded; every row showing its complaint as it
/// is now (status, and its clock's live level), as far as the complaint events seen tell.
/// </summary>
public sealed class EscalationLog(EscalationBoardState state)
{
    /// <summary>More than a wall screen shows in a shift's busiest minutes; older escalations stay on their complaints.</summary>
    public const int Capacity = 100;

    public EscalationBoardState State => state;

    /// <summary>Adds the entries not already on the board; returns false when nothing changed.</summary>
    public bool Add(IEnumerable<EscalationEntry> entries) => Apply(entries, []);

    /// <summary>
    /// Adds the entries not already on the board, then brings the rows of each complaint in <paramref name="complaints"/>
    /// up to where it stands (complaints with no row are ignored, so the board stays bounded); returns false when nothing changed.
    /// </summary>
    public bool Apply(IEnumerable<EscalationEntry> entries, IEnumerable<ComplaintNow> complaints)
    {
        var known = state.Entries.Select(e => (e.ComplaintId, e.Sequence)).ToHashSet();
        var oldestKept = state.Entries.Count >= Capacity ? state.Entries[^1].At : DateTimeOffset.MinValue;
        var added = new List<EscalationEntry>();
        foreach (var entry in entries)
        {
            // Redelivered events and entries older than everything kept would only churn the board.
            if (entry.At < oldestKept || !known.Add((entry.ComplaintId, entry.Sequence)))
                continue;
            state.Entries.Add(entry);
            added.Add(entry);
        }
        var changed = added.Count > 0;
        if (changed)
        {
            state.Entries = state.Entries
                .OrderByDescending(e => e.At)
                .ThenBy(e => e.ComplaintId, StringComparer.Ordinal)
                .ThenByDescending(e => e.Sequence)
                .Take(Capacity)
                .ToList();
        }
        // A new row says where its complaint stood at its event: older rows of the same complaint learn it too.
        foreach (var entry in added)
            changed |= Refresh(entry.ComplaintId, entry.StatusAsOf, row => row with
            {
                Status = entry.Status,
                StatusSequence = entry.StatusAsOf,
                ClockLevelNow = row.Clock == entry.Clock ? entry.ClockLevelNow : row.ClockLevelNow,
            });
        // Most complaints that move have no row: one look-up each, not a pass over the board.
        var shown = state.Entries.Select(e => e.ComplaintId).ToHashSet(StringComparer.Ordinal);
        foreach (var now in complaints)
            changed |= shown.Contains(now.ComplaintId) && Refresh(now.ComplaintId, now.Sequence, row => row with
            {
                Status = now.Status,
                StatusSequence = now.Sequence,
                ClockLevelNow = row.Clock is { } clock ? now.LevelOf(clock) : null,
            });
        if (!changed)
            return false;
        state.Version++;
        return true;
    }

    public EscalationBoard ToBoard() => new(state.Version, state.Entries.ToArray());

    /// <summary>Rewrites the rows of a complaint that reflect an event before <paramref name="asOf"/>; true when one changed.</summary>
    private bool Refresh(string complaintId, long asOf, Func<EscalationEntry, EscalationEntry> update)
    {
        var changed = false;
        for (var i = 0; i < state.Entries.Count; i++)
        {
            var row = state.Entries[i];
            if (row.ComplaintId != complaintId || row.StatusAsOf > asOf)
                continue;
            var updated = update(row);
            if (updated.Equals(row))
                continue;
            state.Entries[i] = updated;
            changed = true;
        }
        return changed;
    }
}

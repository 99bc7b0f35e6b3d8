namespace ComplaintGrid.History;

/// <summary>One complaint's delivery to the history: its row as of the last event, and the events delivered.</summary>
/// <param name="Record">The complaint's row as of <see cref="ComplaintHistoryRecord.LastSequence"/>.</param>
/// <param name="Events">The delivered events, all of the same complaint.</param>
public sealed record ComplaintHistoryUpdate(ComplaintHistoryRecord Record, IReadOnlyList<ComplaintHistoryEvent> Events);

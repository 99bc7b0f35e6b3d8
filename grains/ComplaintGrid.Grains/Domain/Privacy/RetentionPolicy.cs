using ComplaintGrid.Domain.Lifecycle;

namespace ComplaintGrid.Domain.Privacy;

/// <summary>When a closed complaint's personal texts fall due for erasure (<see cref="RetentionOptions"/>).</summary>
public sealed class RetentionPolicy(RetentionOptions options)
{
    /// <summary>No retention: texts are kept until someone asks for them to be erased.</summary>
    public static readonly RetentionPolicy KeepTexts = new(new RetentionOptions());

    /// <summary>
    /// When <paramref name="state"/>'s texts fall due; null when retention is off, the complaint is open, or nothing has
    /// been written since its last erasure (every text is erased, and a closed complaint takes no more).
    /// </summary>
    public DateTimeOffset? ErasureDueAt(ComplaintState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (options.ClosedTextsAfter is not { } after || state.Status != ComplaintStatus.Closed || state.ClosedAt is not { } closedAt)
            return null;
        if (state.PersonalDataErasedAt is { } erasedAt && erasedAt >= closedAt)
            return null;
        return closedAt + after;
    }
}

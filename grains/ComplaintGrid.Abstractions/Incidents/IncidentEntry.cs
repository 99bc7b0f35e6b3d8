namespace ComplaintGrid;

/// <summary>One open incident as the board shows it: one row instead of one per complaint.</summary>
/// <param name="Id">The incident id.</param>
/// <param name="DepartmentId">Its department.</param>
/// <param name="Category">Its category.</param>
/// <param name="Title">The shared reference, or the first complaint's words.</param>
/// <param name="Count">Member complaints.</param>
/// <param name="Growth">Members joined in the last window less those in the window before.</param>
/// <param name="OpenedAt">When it opened.</param>
/// <param name="ComplaintIds">Its member complaints, so the board can fold their escalation rows under it.</param>
[GenerateSerializer, Immutable, Alias("cg.IncidentEntry")]
public sealed record IncidentEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string DepartmentId,
    [property: Id(2)] Category Category,
    [property: Id(3)] string Title,
    [property: Id(4)] int Count,
    [property: Id(5)] int Growth,
    [property: Id(6)] DateTimeOffset OpenedAt,
    [property: Id(7)] IReadOnlyList<string> ComplaintIds)
{
    /// <summary>Field by field, with <c>ComplaintIds</c> compared as a list.</summary>
    public bool Equals(IncidentEntry? other) =>
        other is not null && Id == other.Id && DepartmentId == other.DepartmentId && Category == other.Category
        && Title == other.Title && Count == other.Count && Growth == other.Growth && OpenedAt == other.OpenedAt
        && ComplaintIds.SequenceEqual(other.ComplaintIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Count, Growth);
}

using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Domain.Incidents;

/// <summary>What detection needs of one filing.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="DepartmentId">The department it was filed to.</param>
/// <param name="Category">Its category.</param>
/// <param name="Reference">The reference it quotes, if any.</param>
/// <param name="Description">Its description, for the incident's title when no reference is shared.</param>
/// <param name="Fingerprint">Its description's fingerprint.</param>
/// <param name="FiledAt">When it was filed.</param>
[GenerateSerializer, Immutable, Alias("cg.IncidentFiling")]
public sealed record IncidentFiling(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] string DepartmentId,
    [property: Id(2)] Category Category,
    [property: Id(3)] string? Reference,
    [property: Id(4)] string Description,
    [property: Id(5)] TextFingerprint Fingerprint,
    [property: Id(6)] DateTimeOffset FiledAt)
{
    /// <summary>The reference as compared: trimmed, upper case; null when blank.</summary>
    public string? ReferenceKey => string.IsNullOrWhiteSpace(Reference) ? null : Reference.Trim().ToUpperInvariant();

    /// <summary>The key of the detection grain that watches this filing's category and department.</summary>
    public string DetectorKey => $"{Category}/{DepartmentId}";
}

using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Domain.Duplicates;

/// <summary>
/// What a customer's view remembers of a recent filing, to answer whether a new one duplicates it: no text, only its
/// fingerprint. Stored with the customer; a storage contract, never renumber.
/// </summary>
/// <param name="CustomerId">Whose complaint it is.</param>
/// <param name="ComplaintId">The complaint filed.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Reference">Its order, account or other reference, if any.</param>
/// <param name="Fingerprint">Its description's fingerprint.</param>
/// <param name="FiledAt">When it was filed.</param>
/// <param name="DuplicateOf">The primary it was linked to when filed, if any.</param>
[GenerateSerializer, Immutable, Alias("cg.RecentFiling")]
public sealed record RecentFiling(
    [property: Id(6)] string CustomerId,
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] SubjectKind Subject,
    [property: Id(2)] string? Reference,
    [property: Id(3)] TextFingerprint Fingerprint,
    [property: Id(4)] DateTimeOffset FiledAt,
    [property: Id(5)] string? DuplicateOf);

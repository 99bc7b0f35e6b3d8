using ComplaintGrid.Domain.Text;

namespace ComplaintGrid.Domain.Duplicates;

/// <summary>A complaint being filed, as its customer's view is asked whether it duplicates a recent one.</summary>
/// <param name="CustomerId">Whose complaint it is.</param>
/// <param name="ComplaintId">The id it is filed under.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Reference">Its reference, if any.</param>
/// <param name="Fingerprint">Its description's fingerprint.</param>
[GenerateSerializer, Immutable, Alias("cg.DuplicateProbe")]
public sealed record DuplicateProbe(
    [property: Id(4)] string CustomerId,
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] SubjectKind Subject,
    [property: Id(2)] string? Reference,
    [property: Id(3)] TextFingerprint Fingerprint)
{
    /// <summary>The probe of a filing.</summary>
    public static DuplicateProbe Of(string complaintId, FileComplaint filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return new DuplicateProbe(filing.CustomerId, complaintId, filing.Subject, filing.Reference, TextFingerprint.Of(filing.Description));
    }
}

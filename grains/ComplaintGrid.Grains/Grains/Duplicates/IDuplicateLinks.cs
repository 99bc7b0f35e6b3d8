namespace ComplaintGrid.Grains.Duplicates;

/// <summary>A complaint as another complaint calls it about duplicates (same grain and key as <see cref="IComplaintGrain"/>).</summary>
[Alias("cg.IDuplicateLinks")]
internal interface IDuplicateLinks : IGrainWithStringKey
{
    /// <summary>This complaint is the primary of <paramref name="duplicateId"/>: it lists it. Idempotent.</summary>
    [Alias("AcceptDuplicate")]
    Task AcceptDuplicate(string duplicateId, string actor);

    /// <summary>Closes this complaint as a duplicate of <paramref name="primaryId"/>, its customer told. Idempotent.</summary>
    [Alias("CloseAsDuplicate")]
    Task CloseAsDuplicate(string primaryId, string actor, string? reason);
}

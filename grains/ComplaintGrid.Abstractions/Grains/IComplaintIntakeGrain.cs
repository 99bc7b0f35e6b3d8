namespace ComplaintGrid;

/// <summary>
/// Where complaints are filed (key 0; a stateless worker, local to whichever silo is called). It gives the filing its
/// id, keyed with the deployment's secret so nobody can compute it from the customer and idempotency key, and files it:
/// filing again with the same customer and key returns the same complaint, including one filed before ids were keyed.
/// </summary>
[Alias("cg.IComplaintIntakeGrain")]
public interface IComplaintIntakeGrain : IGrainWithIntegerKey
{
    /// <summary>Files the complaint and returns it as it stands, its id included.</summary>
    [Alias("File")]
    Task<ComplaintView> File(FileComplaint command);
}

namespace ComplaintGrid;

/// <summary>
/// Gives each filing its complaint id (key 0; a stateless worker, local to whichever silo is called): keyed with the
/// deployment's secret so nobody can compute it from the customer and idempotency key, and the same id for the same
/// customer and key, including the id of a complaint filed before ids were keyed. File with
/// <see cref="ComplaintFiling.FileComplaint"/>, which asks here and files on the complaint itself.
/// </summary>
[Alias("cg.IComplaintIntakeGrain")]
public interface IComplaintIntakeGrain : IGrainWithIntegerKey
{
    /// <summary>The id under which <paramref name="customerId"/>'s filing with <paramref name="idempotencyKey"/> is (or was) filed.</summary>
    [Alias("IdFor")]
    Task<string> IdFor(string customerId, string idempotencyKey);
}

using ComplaintGrid.Domain.Duplicates;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains;

/// <summary>
/// The customer grain as other grains call it (same grain and key as <see cref="ICustomerGrain"/>): complaints deliver
/// their events to it, and the intake asks it about filings made before ids were keyed, and a
/// complaint being filed asks it for the customer's value tier.
/// </summary>
[Alias("cg.ICustomerViewGrain")]
internal interface ICustomerViewGrain : IComplaintEventReceiver
{
    /// <summary>Whether a complaint of this customer's has this id (the intake asks, to honour filings made before ids were keyed).</summary>
    [Alias("HasComplaint"), ReadOnly]
    Task<bool> HasComplaint(string complaintId);

    /// <summary>The customer's value tier from their profile (a complaint asks at filing, for the allowances it entitles).</summary>
    [Alias("ValueTier"), ReadOnly]
    Task<ValueTier> ValueTier();

    /// <summary>
    /// The primary a complaint being filed duplicates (<see cref="DuplicateDetector"/>), or null; the view remembers the
    /// filing for the ones after it. Interleaves: it never awaits, and filing must not wait behind the view's writes.
    /// </summary>
    [Alias("LinkDuplicate"), AlwaysInterleave]
    Task<string?> LinkDuplicate(DuplicateProbe probe);
}

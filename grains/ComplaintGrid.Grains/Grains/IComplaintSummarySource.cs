using ComplaintGrid.Domain.Lifecycle;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains;

/// <summary>
/// A complaint, asked by a view for what it has stored. A customer view does not store every step of an open complaint
/// (the complaint stores it already): when the view activates it asks each of its open complaints here instead.
/// </summary>
[Alias("cg.IComplaintSummarySource")]
internal interface IComplaintSummarySource : IGrainWithStringKey
{
    /// <summary>
    /// The summary and sequence number of the complaint's last <em>stored</em> event, never of a command still being
    /// written; null when nothing was filed under this id. Interleaves: a view activating because this complaint is
    /// delivering to it asks while the complaint's command waits for that delivery.
    /// </summary>
    [Alias("GetStoredSummary"), AlwaysInterleave]
    Task<StoredSummary?> GetStoredSummary();
}

using ComplaintGrid.Grains.Ids;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains;

/// <summary>
/// Names each filing's id: the one <see cref="ComplaintIdKey"/> gives it, or the unkeyed id of before
/// (<see cref="ComplaintIds.Unkeyed"/>) when a complaint was filed there, so its retry answers with that complaint.
/// </summary>
[StatelessWorker]
internal sealed class ComplaintIntakeGrain(ComplaintIdKey idKey, ILogger<ComplaintIntakeGrain> logger) : Grain, IComplaintIntakeGrain
{
    public async Task<string> IdFor(string customerId, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        var unkeyed = ComplaintIds.Unkeyed(customerId, idempotencyKey);
        return await FiledUnder(customerId, unkeyed) ? unkeyed : ComplaintIds.For(customerId, idempotencyKey, await idKey.Get());
    }

    /// <summary>
    /// Whether a complaint was filed under the unkeyed id. The customer's view knows every complaint of theirs and is
    /// active anyway while they complain; when it cannot answer, the complaint under that id is asked, so filing does not
    /// wait on the view (it never has).
    /// </summary>
    private async Task<bool> FiledUnder(string customerId, string unkeyed)
    {
        try
        {
            return await GrainFactory.GetGrain<ICustomerViewGrain>(customerId).HasComplaint(unkeyed);
        }
        catch (Exception ex)
        {
            GrainLog.IntakeAskedTheComplaint(logger, ex, customerId);
            return await GrainFactory.GetGrain<IComplaintSummarySource>(unkeyed).GetStoredSummary() is not null;
        }
    }
}

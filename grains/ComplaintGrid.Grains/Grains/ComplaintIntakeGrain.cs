using ComplaintGrid.Grains.Ids;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains;

/// <summary>
/// Files each complaint under the id <see cref="ComplaintIdKey"/> gives it; a filing made under the unkeyed id of before
/// (<see cref="ComplaintIds.Unkeyed"/>) goes there, so its retry answers with that complaint.
/// </summary>
[StatelessWorker]
internal sealed class ComplaintIntakeGrain(ComplaintIdKey idKey, ILogger<ComplaintIntakeGrain> logger) : Grain, IComplaintIntakeGrain
{
    public async Task<ComplaintView> File(FileComplaint command)
    {
        CommandValidator.Validate(command);
        var unkeyed = ComplaintIds.Unkeyed(command.CustomerId, command.IdempotencyKey);
        var id = await FiledUnder(command.CustomerId, unkeyed) ? unkeyed : await idKey.IdFor(command);
        return await GrainFactory.GetGrain<IComplaintGrain>(id).File(command);
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
            return await GrainFactory.GetGrain<ICustomerGrain>(customerId).HasComplaint(unkeyed);
        }
        catch (Exception ex)
        {
            GrainLog.IntakeAskedTheComplaint(logger, ex, customerId);
            return await GrainFactory.GetGrain<IComplaintSummarySource>(unkeyed).GetStoredSummary() is not null;
        }
    }
}

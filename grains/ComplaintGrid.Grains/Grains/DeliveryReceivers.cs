using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Grains.Webhooks;

namespace ComplaintGrid.Grains;

/// <summary>
/// The views one complaint delivers to, by target, for its activation's lifetime. Orleans' <c>GetGrain</c> reads the
/// interface's attributes by reflection on every call: 7.5 % of a memory-storage lifecycle's CPU in a profile, nearly
/// all of it the complaint's deliveries, which go to the same few views (its customer, its department) again and again.
/// </summary>
internal sealed class DeliveryReceivers(IGrainFactory grains)
{
    // Two or three entries (the customer, the department, perhaps a webhook queue): a list beats a dictionary here.
    private readonly List<(DeliveryTarget Target, string TargetId, IComplaintEventReceiver Receiver)> _known = new(2);

    public IComplaintEventReceiver For(DeliveryTarget target, string targetId)
    {
        foreach (var known in _known)
        {
            if (known.Target == target && string.Equals(known.TargetId, targetId, StringComparison.Ordinal))
                return known.Receiver;
        }
        IComplaintEventReceiver receiver = target switch
        {
            DeliveryTarget.Customer => grains.GetGrain<ICustomerViewGrain>(targetId),
            // The queue only stores: the complaint never waits for the integration's HTTP endpoint.
            DeliveryTarget.Webhook => grains.GetGrain<IWebhookQueueGrain>(targetId),
            _ => grains.GetGrain<IDepartmentViewGrain>(targetId),
        };
        _known.Add((target, targetId, receiver));
        return receiver;
    }

    public IDepartmentViewGrain Department(string departmentId) => (IDepartmentViewGrain)For(DeliveryTarget.Department, departmentId);
}

using ComplaintGrid.Grains.Ids;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Builds filings and drives complaints to a status through the real grain interface.</summary>
public static class TestComplaints
{
    public static FileComplaint Filing(
        string customerId,
        Category category = Category.Delivery,
        Severity severity = Severity.Medium,
        string? key = null,
        string? reference = "ORD-1001") =>
        new(customerId, Channel.Phone, SubjectKind.Order, reference, "The parcel arrived broken and nobody called back.",
            Demand.Refund, category, severity, key ?? Guid.NewGuid().ToString("N"));

    public static string NewCustomer() => "cust-" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<(IComplaintGrain Grain, ComplaintView View)> FileAsync(IGrainFactory grains, FileComplaint filing)
    {
        var view = await grains.FileComplaint(filing);
        return (grains.GetGrain<IComplaintGrain>(view.Id), view);
    }

    /// <summary>The id the cluster gives <paramref name="filing"/>, read with the cluster's own secret (only a test may).</summary>
    public static async Task<string> KeyedIdAsync(IGrainFactory grains, FileComplaint filing) =>
        ComplaintIds.For(filing.CustomerId, filing.IdempotencyKey, await grains.GetGrain<IComplaintIdKeyGrain>(0).Get());

    public static async Task<ComplaintView> ToInvestigatingAsync(IComplaintGrain grain, string owner = "agent-7")
    {
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, "a refund", [UnderlyingWant.ToBeKeptInformed], null));
        await grain.Route(new RouteComplaint("agent-1", null));
        await grain.StartInvestigation(new StartInvestigation("lead-1", owner));
        return await grain.RecordInvestigation(new RecordInvestigation(owner, "Courier left the parcel outside.", "courier-partner", null));
    }

    public static CloseComplaint Evaluation(string actor = "lead-1") =>
        new(actor, "Couriers must get a signature.", "Signature-on-delivery rule for this route.", "Checked ten deliveries after the change.");
}

using ComplaintGrid.Domain.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ComplaintGrid.Benchmarks.Memory;

/// <summary>
/// The stored state of one typical open complaint, made by the domain's own <see cref="Complaint"/> with the silo's
/// rules: filed with a 400-character description, then acknowledged, assessed, routed and under investigation
/// (5 timeline entries, 3 clocks). Kept as the bytes the ADO.NET storage would hold (Orleans' binary serializer).
/// </summary>
internal static class ComplaintTemplate
{
    public static byte[] Create(IServiceProvider services)
    {
        var rules = services.GetRequiredService<ComplaintRules>();
        var state = new ComplaintState();
        var complaint = new Complaint(state, rules);
        var now = TimeProvider.System.GetUtcNow();
        var filing = new FileComplaint("memory-customer", Channel.Email, SubjectKind.Order, "ORD-123456",
            string.Concat(Enumerable.Repeat("The parcel arrived broken and nobody answered. ", 9))[..400], Demand.Refund,
            Category.Delivery, Severity.High, "memory-template");
        // Any secret will do: the template's bytes are the same size whatever its id.
        var secret = new byte[32];
        complaint.File(ComplaintIds.For(filing.CustomerId, filing.IdempotencyKey, secret), filing, now,
            f => ComplaintIds.For(f.CustomerId, f.IdempotencyKey, secret));
        complaint.Acknowledge(new AcknowledgeComplaint("agent-1", "We are looking into it."), now);
        complaint.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, null, [], null), now);
        complaint.Route(new RouteComplaint("agent-1", null), now);
        complaint.StartInvestigation(new StartInvestigation("lead-1", "agent-7"), now);
        return services.GetRequiredService<Serializer>().SerializeToArray(state);
    }
}

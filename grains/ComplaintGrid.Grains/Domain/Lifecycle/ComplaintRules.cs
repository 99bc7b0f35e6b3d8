using ComplaintGrid.Domain.Approval;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Privacy;
using ComplaintGrid.Domain.Routing;

namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>The configuration a complaint decides by: clock allowances, routing, approval and retention of its texts.</summary>
public sealed record ComplaintRules(ClockPolicy Clocks, RoutingTable Routing, ApprovalPolicy Approval, RetentionPolicy? Retention = null)
{
    /// <summary>Retention of closed complaints' texts; off unless configured.</summary>
    public RetentionPolicy Retention { get; init; } = Retention ?? RetentionPolicy.KeepTexts;
}

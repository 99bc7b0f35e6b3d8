using ComplaintGrid.Domain.Approval;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Routing;

namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>The configuration a complaint decides by: clock allowances, routing and approval.</summary>
public sealed record ComplaintRules(ClockPolicy Clocks, RoutingTable Routing, ApprovalPolicy Approval);

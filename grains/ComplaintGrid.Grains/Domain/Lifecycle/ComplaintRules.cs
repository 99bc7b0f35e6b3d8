using ComplaintGrid.Domain.Approval;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Escalation;
using ComplaintGrid.Domain.Holds;
using ComplaintGrid.Domain.Privacy;
using ComplaintGrid.Domain.Routing;

namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>
/// The configuration a complaint decides by: clock allowances, routing, approval, retention of its texts, the longest
/// holds and whom escalations are sent to.
/// </summary>
public sealed record ComplaintRules(
    ClockPolicy Clocks, RoutingTable Routing, ApprovalPolicy Approval, RetentionPolicy? Retention = null,
    HoldPolicy? Holds = null, EscalationContacts? Contacts = null)
{
    /// <summary>Retention of closed complaints' texts; off unless configured.</summary>
    public RetentionPolicy Retention { get; init; } = Retention ?? RetentionPolicy.KeepTexts;

    /// <summary>The longest holds; docs/domain.md's defaults unless configured.</summary>
    public HoldPolicy Holds { get; init; } = Holds ?? HoldPolicy.Standard;

    /// <summary>Whom escalations are sent to; nobody unless configured.</summary>
    public EscalationContacts Contacts { get; init; } = Contacts ?? EscalationContacts.None;
}

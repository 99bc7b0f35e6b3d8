using System.Text.Json.Serialization;

namespace ComplaintGrid;

/// <summary>What the customer and department views need to know of a complaint after an event.</summary>
/// <param name="ComplaintId">Complaint.</param>
/// <param name="CustomerId">Customer.</param>
/// <param name="DepartmentId">Responsible department.</param>
/// <param name="Status">Status.</param>
/// <param name="Outcome">Outcome when closed.</param>
/// <param name="Severity">Severity.</param>
/// <param name="Priority">Priority.</param>
/// <param name="Category">Category.</param>
/// <param name="Subject">Subject.</param>
/// <param name="Reference">Reference.</param>
/// <param name="Type">Type, once assessed.</param>
/// <param name="FiledAt">Filed.</param>
/// <param name="AcknowledgedAt">Acknowledged.</param>
/// <param name="ResolvedAt">Resolved (latest).</param>
/// <param name="ClosedAt">Closed.</param>
/// <param name="FirstResponseMet">First response within allowance, once acknowledged.</param>
/// <param name="ResolutionMet">Resolution within allowance, once resolved.</param>
/// <param name="FirstResponseLevel">First-response clock level while it runs or is paused (None once stopped).</param>
/// <param name="CustomerUpdateLevel">Customer-update clock level while it runs or is paused (None once stopped).</param>
/// <param name="ResolutionLevel">Resolution clock level while it runs or is paused (None once stopped).</param>
/// <param name="EscalationLevel">Complaint escalation level.</param>
/// <param name="BreachCount">Breaches so far.</param>
/// <param name="ReopenCount">Reopens.</param>
/// <param name="HandOffCount">Hand-offs.</param>
/// <param name="PingPong">Ping-pong flag.</param>
/// <param name="Satisfied">Latest feedback.</param>
/// <param name="OwnerAgentId">Owning agent.</param>
/// <param name="IncidentId">The incident it is grouped under, if any; left out of the JSON until then.</param>
/// <param name="Cause">Cause of dissatisfaction, once assessed; left out of the JSON until then, so earlier deliveries keep their bytes.</param>
/// <param name="GrantedAmount">The money of the remedy once granted (being implemented, resolved or closed resolved): refunds,
/// discounts and compensation; left out of the JSON when there is none.</param>
/// <param name="DuplicateOf">The primary complaint this one duplicates, once linked or merged; left out of the JSON otherwise.</param>
[GenerateSerializer, Immutable, Alias("cg.ComplaintSummary")]
public sealed record ComplaintSummary(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string DepartmentId,
    [property: Id(3)] ComplaintStatus Status,
    [property: Id(4)] CloseOutcome? Outcome,
    [property: Id(5)] Severity Severity,
    [property: Id(6)] Severity Priority,
    [property: Id(7)] Category Category,
    [property: Id(8)] SubjectKind Subject,
    [property: Id(9)] string? Reference,
    [property: Id(10)] ComplaintType? Type,
    [property: Id(11)] DateTimeOffset FiledAt,
    [property: Id(12)] DateTimeOffset? AcknowledgedAt,
    [property: Id(13)] DateTimeOffset? ResolvedAt,
    [property: Id(14)] DateTimeOffset? ClosedAt,
    [property: Id(15)] bool? FirstResponseMet,
    [property: Id(16)] bool? ResolutionMet,
    [property: Id(17)] EscalationLevel FirstResponseLevel,
    [property: Id(18)] EscalationLevel CustomerUpdateLevel,
    [property: Id(19)] EscalationLevel ResolutionLevel,
    [property: Id(20)] EscalationLevel EscalationLevel,
    [property: Id(21)] int BreachCount,
    [property: Id(22)] int ReopenCount,
    [property: Id(23)] int HandOffCount,
    [property: Id(24)] bool PingPong,
    [property: Id(25)] bool? Satisfied,
    [property: Id(26)] string? OwnerAgentId,
    [property: Id(27), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Cause? Cause = null,
    [property: Id(38), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? GrantedAmount = null,
    [property: Id(28), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DuplicateOf = null,
    [property: Id(33), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? IncidentId = null)
{
    /// <summary>True until the complaint is closed.</summary>
    public bool IsOpen => Status != ComplaintStatus.Closed;

    /// <summary>The highest live level among the three clocks: what the queue must act on now.</summary>
    public EscalationLevel ClockLevel =>
        (EscalationLevel)Math.Max((int)FirstResponseLevel, Math.Max((int)CustomerUpdateLevel, (int)ResolutionLevel));
}

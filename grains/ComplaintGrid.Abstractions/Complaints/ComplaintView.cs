namespace ComplaintGrid;

/// <summary>A complaint as it stands: record, classification, lifecycle, clocks, escalation and timeline.</summary>
/// <param name="Id">The complaint id.</param>
/// <param name="CustomerId">Customer.</param>
/// <param name="Channel">Channel.</param>
/// <param name="Subject">Subject.</param>
/// <param name="Reference">Reference.</param>
/// <param name="Description">Description.</param>
/// <param name="Demand">Demand.</param>
/// <param name="Category">Category.</param>
/// <param name="Severity">Severity at filing.</param>
/// <param name="Priority">Current priority: severity raised one step per breach.</param>
/// <param name="Status">Lifecycle status.</param>
/// <param name="HeldFrom">For OnHold: the status it returns to.</param>
/// <param name="Outcome">For Closed: how.</param>
/// <param name="DepartmentId">Responsible department.</param>
/// <param name="OwnerAgentId">Owning agent.</param>
/// <param name="FiledAt">When filed.</param>
/// <param name="Classification">Assessment.</param>
/// <param name="Investigation">Investigation.</param>
/// <param name="Remedy">Remedy.</param>
/// <param name="Approval">Approval decision.</param>
/// <param name="Feedback">Feedback.</param>
/// <param name="Evaluation">Evaluation.</param>
/// <param name="Clocks">The three clocks.</param>
/// <param name="EscalationLevel">The complaint's escalation level.</param>
/// <param name="Escalations">Every escalation, attributed.</param>
/// <param name="HandOffCount">Hand-offs between departments.</param>
/// <param name="PingPong">Passed on twice or more.</param>
/// <param name="ReopenCount">Times reopened.</param>
/// <param name="NextEscalationAt">When the next escalation point falls, if any.</param>
/// <param name="Sequence">The last event's sequence number.</param>
/// <param name="Timeline">Audit trail, oldest first.</param>
/// <param name="HoldExpiresAt">For OnHold: when the hold runs out and the complaint resumes by itself.</param>
/// <param name="Entitlement">The customer tier's entitlement that set the allowances at filing; null when none applied.</param>
/// <param name="DuplicateOf">The primary complaint this one duplicates, once linked or merged; null otherwise.</param>
/// <param name="Duplicates">The complaints linked or merged into this one as its duplicates, oldest first.</param>
/// <param name="IncidentId">The incident it is grouped under, if any; left out of the JSON until then.</param>
[GenerateSerializer, Immutable, Alias("cg.ComplaintView")]
public sealed record ComplaintView(
    [property: Id(0)] string Id,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] Channel Channel,
    [property: Id(3)] SubjectKind Subject,
    [property: Id(4)] string? Reference,
    [property: Id(5)] string Description,
    [property: Id(6)] Demand Demand,
    [property: Id(7)] Category Category,
    [property: Id(8)] Severity Severity,
    [property: Id(9)] Severity Priority,
    [property: Id(10)] ComplaintStatus Status,
    [property: Id(11)] ComplaintStatus? HeldFrom,
    [property: Id(12)] CloseOutcome? Outcome,
    [property: Id(13)] string DepartmentId,
    [property: Id(14)] string? OwnerAgentId,
    [property: Id(15)] DateTimeOffset FiledAt,
    [property: Id(16)] Classification? Classification,
    [property: Id(17)] InvestigationRecord? Investigation,
    [property: Id(18)] RemedyRecord? Remedy,
    [property: Id(19)] ApprovalRecord? Approval,
    [property: Id(20)] FeedbackRecord? Feedback,
    [property: Id(21)] EvaluationRecord? Evaluation,
    [property: Id(22)] IReadOnlyList<ClockView> Clocks,
    [property: Id(23)] EscalationLevel EscalationLevel,
    [property: Id(24)] IReadOnlyList<EscalationRecord> Escalations,
    [property: Id(25)] int HandOffCount,
    [property: Id(26)] bool PingPong,
    [property: Id(27)] int ReopenCount,
    [property: Id(28)] DateTimeOffset? NextEscalationAt,
    [property: Id(29)] long Sequence,
    [property: Id(30)] IReadOnlyList<TimelineEntry> Timeline,
    [property: Id(31)] DateTimeOffset? HoldExpiresAt = null,
    [property: Id(40)] Entitlement? Entitlement = null,
    [property: Id(41)] string? DuplicateOf = null,
    [property: Id(42)] IReadOnlyList<string>? Duplicates = null,
    [property: Id(46), System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? IncidentId = null)
{
    /// <summary>
    /// Its id and status only: a view carries the customer's words, and Orleans traces the messages between grains with
    /// their bodies, so a view that one grain hands another would otherwise put those words in a trace log.
    /// </summary>
    public override string ToString() => $"ComplaintView {{ Id = {Id}, Status = {Status} }}";
}

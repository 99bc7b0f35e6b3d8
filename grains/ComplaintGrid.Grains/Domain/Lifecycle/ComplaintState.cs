using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>
/// The persisted state of one complaint. Only <see cref="Complaint"/> changes it; callers see
/// <see cref="ComplaintView"/>. Type name, alias and ids are a storage contract: never renumber.
/// </summary>
[GenerateSerializer, Alias("cg.ComplaintState")]
public sealed class ComplaintState
{
    [Id(0)] public bool Filed { get; set; }
    [Id(1)] public string Id { get; set; } = "";
    [Id(2)] public FileComplaint? Record { get; set; }
    [Id(3)] public Severity Priority { get; set; }
    [Id(4)] public ComplaintStatus Status { get; set; }
    [Id(5)] public ComplaintStatus? HeldFrom { get; set; }
    [Id(6)] public CloseOutcome? Outcome { get; set; }
    [Id(7)] public string DepartmentId { get; set; } = "";
    [Id(8)] public string? OwnerAgentId { get; set; }
    [Id(9)] public DateTimeOffset FiledAt { get; set; }
    [Id(10)] public DateTimeOffset? AcknowledgedAt { get; set; }
    [Id(11)] public DateTimeOffset? ResolvedAt { get; set; }
    [Id(12)] public DateTimeOffset? ClosedAt { get; set; }
    [Id(13)] public Classification? Classification { get; set; }
    [Id(14)] public InvestigationRecord? Investigation { get; set; }
    [Id(15)] public RemedyRecord? Remedy { get; set; }
    [Id(16)] public ApprovalRecord? Approval { get; set; }
    [Id(17)] public FeedbackRecord? Feedback { get; set; }
    [Id(18)] public EvaluationRecord? Evaluation { get; set; }
    [Id(19)] public DeadlineClock FirstResponse { get; set; } = DeadlineClock.Create(ClockKind.FirstResponse, TimeSpan.Zero);
    [Id(20)] public DeadlineClock CustomerUpdate { get; set; } = DeadlineClock.Create(ClockKind.CustomerUpdate, TimeSpan.Zero);
    [Id(21)] public DeadlineClock Resolution { get; set; } = DeadlineClock.Create(ClockKind.Resolution, TimeSpan.Zero);
    [Id(22)] public EscalationLevel EscalationLevel { get; set; }
    [Id(23)] public List<EscalationRecord> Escalations { get; set; } = [];
    [Id(24)] public int BreachCount { get; set; }
    [Id(25)] public int HandOffCount { get; set; }
    [Id(26)] public int ReopenCount { get; set; }
    [Id(27)] public long Sequence { get; set; }
    [Id(28)] public List<TimelineEntry> Timeline { get; set; } = [];
    [Id(29)] public List<PendingDelivery> Outbox { get; set; } = [];

    /// <summary>When its personal texts were last erased; null while they never were.</summary>
    [Id(30)] public DateTimeOffset? PersonalDataErasedAt { get; set; }

    /// <summary>While on hold: when the hold runs out and the complaint resumes by itself.</summary>
    [Id(31)] public DateTimeOffset? HoldExpiresAt { get; set; }

    /// <summary>The business calendar the clocks count by (a name under ComplaintGrid:Calendars); null: around the clock.</summary>
    [Id(40)] public string? CalendarName { get; set; }

    /// <summary>The customer tier's entitlement applied at filing; null when none did.</summary>
    [Id(41)] public Entitlement? Entitlement { get; set; }

    /// <summary>The primary complaint this one duplicates, once linked at filing or merged; null otherwise.</summary>
    [Id(42)] public string? DuplicateOf { get; set; }

    /// <summary>The complaints linked or merged into this one as its duplicates, oldest first.</summary>
    [Id(43)] public List<string> Duplicates { get; set; } = [];

    /// <summary>The incident it is grouped under (docs/incidents.md); null while it is in none.</summary>
    [Id(47)] public string? IncidentId { get; set; }

    /// <summary>The three clocks, in order.</summary>
    public ComplaintClocks Clocks => new(this);
}

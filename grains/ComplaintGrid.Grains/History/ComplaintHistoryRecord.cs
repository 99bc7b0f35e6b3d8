namespace ComplaintGrid.History;

/// <summary>
/// One complaint's row in the history read model, as it stood after event <see cref="LastSequence"/>. Built from the
/// complaint's state (<see cref="ComplaintHistoryRecords.From"/>), so the projection, the check and the rebuild agree.
/// The free-text columns (<see cref="RootCause"/>, <see cref="Lessons"/>, <see cref="Prevention"/>,
/// <see cref="SearchText"/>) hold personal data and are the ones erasure blanks.
/// </summary>
[GenerateSerializer, Immutable, Alias("cg.ComplaintHistoryRecord")]
public sealed record ComplaintHistoryRecord
{
    /// <summary>Complaint id.</summary>
    [Id(0)] public required string ComplaintId { get; init; }
    /// <summary>Customer id.</summary>
    [Id(1)] public required string CustomerId { get; init; }
    /// <summary>The customer's reference (an order number), if any.</summary>
    [Id(2)] public string? Reference { get; init; }
    /// <summary>Status after the last applied event.</summary>
    [Id(3)] public required ComplaintStatus Status { get; init; }
    /// <summary>Responsible department.</summary>
    [Id(4)] public required string DepartmentId { get; init; }
    /// <summary>Channel it came in by.</summary>
    [Id(5)] public required Channel Channel { get; init; }
    /// <summary>Category.</summary>
    [Id(6)] public required Category Category { get; init; }
    /// <summary>Severity at filing.</summary>
    [Id(7)] public required Severity Severity { get; init; }
    /// <summary>Priority now (severity raised per breach).</summary>
    [Id(8)] public required Severity Priority { get; init; }
    /// <summary>Whether the assessment upheld it; null until assessed.</summary>
    [Id(9)] public bool? Upheld { get; init; }
    /// <summary>Type, once assessed.</summary>
    [Id(10)] public ComplaintType? Type { get; init; }
    /// <summary>Cause, once assessed.</summary>
    [Id(11)] public Cause? Cause { get; init; }
    /// <summary>How it was closed.</summary>
    [Id(12)] public CloseOutcome? Outcome { get; init; }
    /// <summary>Filed.</summary>
    [Id(13)] public required DateTimeOffset FiledAt { get; init; }
    /// <summary>Acknowledged.</summary>
    [Id(14)] public DateTimeOffset? AcknowledgedAt { get; init; }
    /// <summary>Resolved (latest).</summary>
    [Id(15)] public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>Closed.</summary>
    [Id(16)] public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>First response within its allowance, once acknowledged.</summary>
    [Id(17)] public bool? FirstResponseMet { get; init; }
    /// <summary>Resolution within its allowance, once resolved.</summary>
    [Id(18)] public bool? ResolutionMet { get; init; }
    /// <summary>Breaches so far.</summary>
    [Id(19)] public required int BreachCount { get; init; }
    /// <summary>Reopens so far.</summary>
    [Id(20)] public required int ReopenCount { get; init; }
    /// <summary>Hand-offs so far.</summary>
    [Id(21)] public required int HandOffCount { get; init; }
    /// <summary>Escalation level.</summary>
    [Id(22)] public required EscalationLevel EscalationLevel { get; init; }
    /// <summary>Latest feedback: satisfied or not.</summary>
    [Id(23)] public bool? Satisfied { get; init; }
    /// <summary>Remedy kind, once proposed.</summary>
    [Id(24)] public RemedyKind? RemedyKind { get; init; }
    /// <summary>Remedy amount, when money.</summary>
    [Id(25)] public decimal? RemedyAmount { get; init; }
    /// <summary>Root cause found by the investigation (personal data possible).</summary>
    [Id(26)] public string? RootCause { get; init; }
    /// <summary>Lessons recorded at close (personal data possible).</summary>
    [Id(27)] public string? Lessons { get; init; }
    /// <summary>Prevention action recorded at close (personal data possible).</summary>
    [Id(28)] public string? Prevention { get; init; }
    /// <summary>The complaint's text that free-text search looks in (personal data).</summary>
    [Id(29)] public required string SearchText { get; init; }
    /// <summary>The sequence of the complaint's last event this row reflects.</summary>
    [Id(30)] public required long LastSequence { get; init; }
}

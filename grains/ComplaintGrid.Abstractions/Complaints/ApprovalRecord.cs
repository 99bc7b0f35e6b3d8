namespace ComplaintGrid;

/// <summary>A supervisor's decision on a remedy.</summary>
/// <param name="Supervisor">Supervisor.</param>
/// <param name="Approved">Approved or rejected.</param>
/// <param name="Note">Note or reason.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable, Alias("cg.ApprovalRecord")]
public sealed record ApprovalRecord(
    [property: Id(0)] string Supervisor,
    [property: Id(1)] bool Approved,
    [property: Id(2)] string? Note,
    [property: Id(3)] DateTimeOffset At);

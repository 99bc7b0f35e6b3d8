namespace ComplaintGrid;

/// <summary>An escalation: a clock crossed a level, attributed to whoever owned the complaint then.</summary>
/// <param name="Clock">The clock, or null for an escalation asked for by the customer or caused by a reopen.</param>
/// <param name="Level">The level reached.</param>
/// <param name="At">When.</param>
/// <param name="DepartmentId">Owning department at the time.</param>
/// <param name="OwnerAgentId">Owning agent at the time, if any.</param>
/// <param name="Recipients">Whom it was sent to (docs/configuration.md, escalation contacts); null on escalations recorded
/// before ComplaintGrid recorded them.</param>
[GenerateSerializer, Immutable, Alias("cg.EscalationRecord")]
public sealed record EscalationRecord(
    [property: Id(0)] ClockKind? Clock,
    [property: Id(1)] EscalationLevel Level,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string DepartmentId,
    [property: Id(4)] string? OwnerAgentId,
    [property: Id(5)] IReadOnlyList<EscalationContact>? Recipients = null)
{
    /// <summary>Field by field, with <c>Recipients</c> compared as a list of people.</summary>
    public bool Equals(EscalationRecord? other) =>
        other is not null && Clock == other.Clock && Level == other.Level && At == other.At
        && DepartmentId == other.DepartmentId && OwnerAgentId == other.OwnerAgentId
        && EscalationRecipients.Same(Recipients, other.Recipients);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Clock);
        hash.Add(Level);
        hash.Add(At);
        hash.Add(DepartmentId);
        hash.Add(OwnerAgentId);
        hash.Add(EscalationRecipients.Hash(Recipients));
        return hash.ToHashCode();
    }
}

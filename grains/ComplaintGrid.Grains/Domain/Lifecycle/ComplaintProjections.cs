namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>
/// What callers and views see of a <see cref="Complaint"/>: its state projected onto the wire types
/// <see cref="ComplaintView"/> (the whole complaint, for whoever reads it) and <see cref="ComplaintSummary"/> (what
/// every event carries to the customer and department views).
/// </summary>
public static class ComplaintProjections
{
    /// <summary>The complaint as the views keep it: its identity, where it stands, its clocks' levels and counts.</summary>
    public static ComplaintSummary Summary(this Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var state = complaint.State;
        var r = state.Record!;
        return new ComplaintSummary(
            state.Id, r.CustomerId, state.DepartmentId, state.Status, state.Outcome, r.Severity, state.Priority, r.Category,
            r.Subject, r.Reference, state.Classification?.Type, state.FiledAt, state.AcknowledgedAt, state.ResolvedAt, state.ClosedAt,
            state.FirstResponse.Met, state.ResolvedAt is null ? null : state.Resolution.Met,
            state.FirstResponse.LiveLevel, state.CustomerUpdate.LiveLevel, state.Resolution.LiveLevel, state.EscalationLevel,
            state.BreachCount, state.ReopenCount, state.HandOffCount, Complaint.IsPingPong(state.HandOffCount), state.Feedback?.Satisfied,
            state.OwnerAgentId, state.Classification?.Cause, GrantedAmount(state), state.DuplicateOf,
            state.IncidentId);
    }

    /// <summary>A remedy's money counts as granted from its implementation on: implementing, resolved, or closed resolved.</summary>
    private static decimal? GrantedAmount(ComplaintState state) =>
        state.Remedy?.Amount is { } amount
        && (state.Status is ComplaintStatus.Implementing or ComplaintStatus.Resolved
            || (state.Status == ComplaintStatus.Closed && state.Outcome == CloseOutcome.Resolved))
            ? amount
            : null;

    /// <summary>When each running clock breaches, for the department's breach forecast.</summary>
    public static ClockDues Dues(this Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var state = complaint.State;
        return new ClockDues(state.FirstResponse.DueAt(), state.CustomerUpdate.DueAt(), state.Resolution.DueAt());
    }

    /// <summary>The whole complaint at <paramref name="now"/>; refused when none has been filed under this id.</summary>
    public static ComplaintView ToView(this Complaint complaint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        complaint.RequireFiled();
        var state = complaint.State;
        var r = state.Record!;
        var zone = complaint.TimeZone;
        return new ComplaintView(
            state.Id, r.CustomerId, r.Channel, r.Subject, r.Reference, r.Description, r.Demand, r.Category, r.Severity, state.Priority,
            state.Status, state.HeldFrom, state.Outcome, state.DepartmentId, state.OwnerAgentId, state.FiledAt,
            state.Classification, state.Investigation, state.Remedy, state.Approval, state.Feedback, state.Evaluation,
            [state.FirstResponse.ToView(now, zone), state.CustomerUpdate.ToView(now, zone), state.Resolution.ToView(now, zone)],
            state.EscalationLevel, state.Escalations.ToArray(), state.HandOffCount, Complaint.IsPingPong(state.HandOffCount), state.ReopenCount,
            complaint.NextEscalationAt(), state.Sequence, state.Timeline.ToArray(), complaint.HoldExpiresAt(), state.Entitlement,
            state.DuplicateOf, state.Duplicates.ToArray(), state.IncidentId);
    }
}

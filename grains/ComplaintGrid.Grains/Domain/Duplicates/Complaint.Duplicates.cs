namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>A complaint's side of duplicates: linked to its primary at filing, listing its own, merged into its primary.</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// Records that <paramref name="duplicateId"/>, a complaint of the same customer, is a duplicate of this one (linked
    /// at filing, or merged by <paramref name="actor"/>). Already listed: nothing is recorded.
    /// </summary>
    public IReadOnlyList<ComplaintEvent> AcceptDuplicate(string duplicateId, string actor, DateTimeOffset now)
    {
        RequireFiled();
        if (state.Duplicates.Contains(duplicateId, StringComparer.Ordinal) || string.Equals(duplicateId, state.Id, StringComparison.Ordinal))
            return [];
        var events = new List<ComplaintEvent>();
        if (state.Status != ComplaintStatus.Closed)
            EscalateDue(now, events);
        state.Duplicates.Add(duplicateId);
        Emit(events, ComplaintEventKind.DuplicateLinked, now, actor, $"{duplicateId} is a duplicate of this complaint.", customerFacing: false);
        return events;
    }

    /// <summary>
    /// Closes this complaint as a duplicate of <paramref name="primaryId"/>: the customer is told which complaint carries
    /// on (a <see cref="ComplaintEventKind.CustomerInformed"/> event), then it closes with outcome
    /// <see cref="CloseOutcome.Duplicate"/> (a <see cref="ComplaintEventKind.MergedAsDuplicate"/> event). Merged into the
    /// same primary already: nothing is recorded; closed otherwise: refused.
    /// </summary>
    public IReadOnlyList<ComplaintEvent> CloseAsDuplicate(string primaryId, string actor, string? reason, DateTimeOffset now)
    {
        RequireFiled();
        if (state.Outcome == CloseOutcome.Duplicate && string.Equals(state.DuplicateOf, primaryId, StringComparison.Ordinal))
            return [];
        if (state.Status == ComplaintStatus.Closed)
            throw new ComplaintGridException(ErrorCodes.DuplicateClosed, "duplicates", $"{state.Id} is closed already; only open complaints are merged.");

        return Apply(now, events =>
        {
            Emit(events, ComplaintEventKind.CustomerInformed, now, actor,
                $"We are handling this together with your complaint {primaryId}; every update comes on that one.", customerFacing: true);
            foreach (var clock in state.Clocks)
                clock.Stop(now);
            state.HeldFrom = null;
            state.HoldExpiresAt = null;
            state.DuplicateOf = primaryId;
            state.Outcome = CloseOutcome.Duplicate;
            state.ClosedAt = now;
            state.Status = ComplaintStatus.Closed;
            var why = string.IsNullOrWhiteSpace(reason) ? "" : $" Reason: {reason}";
            Emit(events, ComplaintEventKind.MergedAsDuplicate, now, actor, $"Closed as a duplicate of {primaryId}.{why}", customerFacing: false);
        });
    }

    private void LinkAsDuplicate(string primaryId, DateTimeOffset now, List<ComplaintEvent> events)
    {
        state.DuplicateOf = primaryId;
        Emit(events, ComplaintEventKind.DuplicateLinked, now, SystemActor,
            $"Duplicate of {primaryId}: the same customer's reference or near-identical text, filed within the duplicate window.", customerFacing: false);
    }
}

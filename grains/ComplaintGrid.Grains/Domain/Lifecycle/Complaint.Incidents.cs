namespace ComplaintGrid.Domain.Lifecycle;

public sealed partial class Complaint
{
    /// <summary>
    /// Records that the complaint is grouped under <paramref name="incidentId"/> (<see cref="ComplaintEventKind.JoinedIncident"/>);
    /// joining the same incident again records nothing. A complaint is in one incident at a time: a later one replaces it.
    /// </summary>
    public IReadOnlyList<ComplaintEvent> JoinIncident(string incidentId, string actor, string? reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(incidentId);
        RequireFiled();
        if (string.Equals(state.IncidentId, incidentId, StringComparison.Ordinal))
            return [];
        return Apply(now, events =>
        {
            state.IncidentId = incidentId;
            var detail = reason is null ? $"Grouped under incident {incidentId}." : $"Grouped under incident {incidentId}: {reason}";
            Emit(events, ComplaintEventKind.JoinedIncident, now, actor, detail, customerFacing: false);
        });
    }
}

namespace ComplaintGrid.Domain.Incidents;

/// <summary>What detection decided for one filing.</summary>
/// <param name="IncidentId">The incident it opens or joins; null when it is not (yet) part of a burst.</param>
/// <param name="Opened">True when this filing opened the incident.</param>
/// <param name="Members">When opened: every filing of the burst, this one last; when joined: this one.</param>
/// <param name="Title">When opened: the incident's title.</param>
/// <param name="Reference">When opened: the shared reference, if any.</param>
public sealed record IncidentDecision(
    string? IncidentId,
    bool Opened,
    IReadOnlyList<IncidentFiling> Members,
    string? Title = null,
    string? Reference = null)
{
    /// <summary>The filing is on its own.</summary>
    public static IncidentDecision None { get; } = new(null, false, []);
}

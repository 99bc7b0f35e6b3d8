namespace ComplaintGrid.Grains.Incidents;

/// <summary>The complaint grain as its incident calls it (same grain and key as <see cref="IComplaintGrain"/>).</summary>
[Alias("cg.IIncidentMemberGrain")]
internal interface IIncidentMemberGrain : IGrainWithStringKey
{
    /// <summary>Records that the complaint is grouped under <paramref name="incidentId"/>; again changes nothing.</summary>
    [Alias("JoinIncident")]
    Task<ComplaintView> JoinIncident(string incidentId, string actor, string? reason);
}

using ComplaintGrid.Domain.Incidents;

namespace ComplaintGrid.Grains.Incidents;

/// <summary>The incident grain as detection calls it (same grain and key as <see cref="IIncidentGrain"/>).</summary>
[Alias("cg.IIncidentOpeningGrain")]
internal interface IIncidentOpeningGrain : IGrainWithStringKey
{
    /// <summary>Opens the incident with its first members, or adds members to it; members already in it are skipped.</summary>
    [Alias("Add")]
    Task Add(string detectorKey, string title, string? reference, IReadOnlyList<IncidentFiling> members);
}

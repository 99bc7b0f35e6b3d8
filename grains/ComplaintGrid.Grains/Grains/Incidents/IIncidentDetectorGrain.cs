using ComplaintGrid.Domain.Incidents;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains.Incidents;

/// <summary>Watches the filings of one category and department (key <see cref="IncidentFiling.DetectorKey"/>) for bursts.</summary>
[Alias("cg.IIncidentDetectorGrain")]
internal interface IIncidentDetectorGrain : IGrainWithStringKey
{
    /// <summary>Takes one filing; one-way, so filing never waits on detection.</summary>
    [Alias("Observe"), OneWay]
    Task Observe(IncidentFiling filing);

    /// <summary>The incident was resolved: it takes no more members.</summary>
    [Alias("Closed"), OneWay]
    Task Closed(string incidentId);
}

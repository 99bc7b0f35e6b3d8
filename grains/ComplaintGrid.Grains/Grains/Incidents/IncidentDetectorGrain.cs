using ComplaintGrid.Domain.Incidents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains.Incidents;

/// <summary>
/// Runs <see cref="IncidentDetector"/> for one category and department. Its window of filings lives in memory only: a
/// lost activation forgets at most one window, and incidents it opened are stored by their own grains.
/// </summary>
internal sealed class IncidentDetectorGrain(IOptions<IncidentOptions> options, ILogger<IncidentDetectorGrain> logger)
    : Grain, IIncidentDetectorGrain
{
    // Random ids, so two activations (or silos) never give the same one.
    private readonly IncidentDetector _detector = new(options.Value, IncidentIds.New);

    public async Task Observe(IncidentFiling filing)
    {
        var decision = _detector.Observe(filing);
        if (decision.IncidentId is not { } incidentId)
            return;
        var key = this.GetPrimaryKeyString();
        try
        {
            await GrainFactory.GetGrain<IIncidentOpeningGrain>(incidentId)
                .Add(key, decision.Title ?? "", decision.Reference, decision.Members);
            if (decision.Opened)
                IncidentLog.Opened(logger, incidentId, decision.Members.Count, key);
        }
        catch (Exception ex)
        {
            IncidentLog.AddFailed(logger, ex, key, incidentId);
        }
    }

    public Task Closed(string incidentId)
    {
        _detector.Closed(incidentId);
        return Task.CompletedTask;
    }
}

using ComplaintGrid.Domain.Churn;

namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// What view grains tell the dashboard: one-way calls to the silo-local publisher, so a view grain's Apply
/// path costs at most one local message and never waits on the dashboard.
/// </summary>
internal static class DashboardPublishing
{
    /// <summary>
    /// Publishes the escalations among <paramref name="events"/> numbered above <paramref name="after"/>, if any, and where
    /// the complaint stands after the last of them, so the escalation feed's rows show its status now; returns the escalations.
    /// </summary>
    public static List<EscalationEntry>? Escalations(IGrainFactory grains, IReadOnlyList<ComplaintEvent> events, long after)
    {
        List<EscalationEntry>? entries = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // Redelivered events were published when first applied; the board would only ignore them.
            if (e.Sequence > after && EscalationEntry.From(e) is { } entry)
                (entries ??= []).Add(entry);
        }
        var publisher = grains.GetGrain<IDashboardPublisherGrain>(0);
        if (entries is not null)
            _ = publisher.Escalations(entries);
        if (events.Count > 0 && events[^1].Sequence > after)
            _ = publisher.ComplaintChanged(ComplaintNow.From(events[^1]));
        return entries;
    }

    /// <summary>Publishes a customer's churn risk as last scored, with every factor that lowers it.</summary>
    public static void CustomerRisk(IGrainFactory grains, string customerId, CustomerHistory history, ChurnRisk risk)
    {
        _ = grains.GetGrain<IDashboardPublisherGrain>(0).CustomerRisk(
            new CustomerRiskEntry(customerId, risk.Score, risk.PreviousScore, risk.TopFactors, history.OpenCount(), risk.ComputedAt,
                ChurnModel.LoweringFactors(history.Features(risk.ComputedAt), history.Model)));
    }
}

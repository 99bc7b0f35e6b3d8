using ComplaintGrid.Domain.Churn;

namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// What view grains tell the dashboard: one-way calls to the silo-local publisher, so a view grain's Apply
/// path costs at most one local message and never waits on the dashboard.
/// </summary>
internal static class DashboardPublishing
{
    /// <summary>Publishes the escalations among <paramref name="events"/>, if any.</summary>
    public static void Escalations(IGrainFactory grains, IReadOnlyList<ComplaintEvent> events)
    {
        List<EscalationEntry>? entries = null;
        foreach (var e in events)
        {
            if (EscalationEntry.From(e) is { } entry)
                (entries ??= []).Add(entry);
        }
        if (entries is not null)
            _ = grains.GetGrain<IDashboardPublisherGrain>(0).Escalations(entries);
    }

    /// <summary>Publishes a customer's current churn risk.</summary>
    public static void CustomerRisk(IGrainFactory grains, string customerId, CustomerHistory history, DateTimeOffset now)
    {
        var risk = ChurnModel.Score(history.Features(now), history.State.PreviousScore, now);
        var open = history.State.Complaints.Values.Count(c => c.IsOpen);
        _ = grains.GetGrain<IDashboardPublisherGrain>(0).CustomerRisk(
            new CustomerRiskEntry(customerId, risk.Score, risk.PreviousScore, risk.TopFactors, open, now));
    }
}

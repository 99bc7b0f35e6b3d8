using Orleans.Concurrency;

namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// The dashboard's pre-aggregator on every silo (a local stateless worker, key 0). View grains tell it what
/// changed with one-way calls; it coalesces and forwards a batch to the board grains a few times a second,
/// so no board grain is called once per event at full load.
/// </summary>
[Alias("cg.IDashboardPublisherGrain")]
internal interface IDashboardPublisherGrain : IGrainWithIntegerKey
{
    /// <summary>Escalations seen by a department view (duplicates are dropped by the board).</summary>
    [Alias("Escalations"), OneWay]
    Task Escalations(IReadOnlyList<EscalationEntry> entries);

    /// <summary>Where a complaint stands after its latest event seen by a department view; only the latest per complaint is forwarded.</summary>
    [Alias("ComplaintChanged"), OneWay]
    Task ComplaintChanged(ComplaintNow complaint);

    /// <summary>A customer's new churn-risk score; only the latest per customer is forwarded.</summary>
    [Alias("CustomerRisk"), OneWay]
    Task CustomerRisk(CustomerRiskEntry entry);
}

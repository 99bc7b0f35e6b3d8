namespace ComplaintGrid;

/// <summary>
/// Reports over the complaint history, the read model every silo of a durable profile keeps in its database. Any key: a
/// stateless worker on each silo answers. Queries are checked here as the HTTP API checks them. Without a durable store
/// (the in-memory profile) it throws <see cref="ComplaintGridUnavailableException"/>.
/// </summary>
[Alias("cg.IComplaintReportGrain")]
public interface IComplaintReportGrain : IGrainWithIntegerKey
{
    /// <summary>The service report: volumes, service levels, breaches, rates, remedies and hold time per department and period.</summary>
    [Alias("ServiceReport")]
    Task<ServiceReport> ServiceReport(ServiceReportQuery query);

    /// <summary>The root-cause Pareto per department, with the lessons and prevention actions recorded.</summary>
    [Alias("RootCauses")]
    Task<RootCauseReport> RootCauses(RootCauseQuery query);
}

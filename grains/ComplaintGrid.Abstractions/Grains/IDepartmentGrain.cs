using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>A department, keyed by department id: its live queue, queue health and agents on shift.</summary>
[Alias("cg.IDepartmentGrain")]
public interface IDepartmentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Escalations a department keeps in memory for the live feed: as many as the escalation board keeps, more than a
    /// feed read sees in one interval.
    /// </summary>
    const int RecentEscalationsKept = 100;

    /// <summary>The queue health now.</summary>
    [Alias("Get"), ReadOnly]
    Task<DepartmentView> Get();

    /// <summary>
    /// The queue health now and the escalations applied after <paramref name="escalationsSeen"/> (the count the previous
    /// read answered; <c>-1</c> the first time), read at the same moment.
    /// </summary>
    [Alias("ReadForFeed"), ReadOnly]
    Task<DepartmentFeedRead> ReadForFeed(long escalationsSeen);

    /// <summary>The open complaints in the queue, most urgent first.</summary>
    [Alias("ListOpen"), ReadOnly]
    Task<IReadOnlyList<ComplaintSummary>> ListOpen();

    /// <summary>An agent starts a shift in this department.</summary>
    [Alias("StartShift")]
    Task<DepartmentView> StartShift(string agentId);

    /// <summary>An agent ends a shift in this department.</summary>
    [Alias("EndShift")]
    Task<DepartmentView> EndShift(string agentId);
}

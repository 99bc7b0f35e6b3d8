using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>A department, keyed by department id: its live queue, queue health and agents on shift.</summary>
[Alias("cg.IDepartmentGrain")]
public interface IDepartmentGrain : IGrainWithStringKey
{
    /// <summary>The queue health now.</summary>
    [Alias("Get"), ReadOnly]
    Task<DepartmentView> Get();

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

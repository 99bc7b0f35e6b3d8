using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>A department, keyed by department id: its live queue, queue health and agents on shift.</summary>
[Alias("cg.IDepartmentGrain")]
public interface IDepartmentGrain : IComplaintEventReceiver
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

    /// <summary>
    /// Sent by a complaint that has left this department (closed here, or moved elsewhere) once it has stored that it
    /// will redeliver nothing here up to <paramref name="sequence"/>: the view forgets the sequence it kept to ignore
    /// redeliveries, so its memory follows the complaints still moving, not every complaint of the day. Ignored
    /// when the complaint is open here or the view holds a later sequence of it. One-way and interleaving: it only
    /// changes memory, and a release that is lost leaves the view remembering the complaint until its one-day fallback.
    /// </summary>
    [Alias("ReleaseDeparted"), AlwaysInterleave, OneWay]
    Task ReleaseDeparted(string complaintId, long sequence);
}

using Orleans.Concurrency;

namespace ComplaintGrid.Grains;

/// <summary>
/// The department grain as complaints call it (same grain and key as <see cref="IDepartmentGrain"/>): they deliver
/// their events to it and tell it when they have left.
/// </summary>
[Alias("cg.IDepartmentViewGrain")]
internal interface IDepartmentViewGrain : IComplaintEventReceiver
{
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

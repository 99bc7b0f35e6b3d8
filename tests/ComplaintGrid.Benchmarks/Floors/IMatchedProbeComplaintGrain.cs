namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>
/// The counted floor's stand-in for a complaint: per event what <see cref="IProbeComplaintGrain"/> does, and per
/// lifecycle what a complaint does besides (one reminder, a redelivery and a release after the views checkpoint, one more
/// write), with trivial payloads.
/// </summary>
[Alias("bench.IMatchedProbeComplaintGrain")]
public interface IMatchedProbeComplaintGrain : IGrainWithStringKey
{
    /// <summary>Writes its state, then delivers to both views and waits; the first event aims a reminder, the last starts the follow-up.</summary>
    [Alias("Event")]
    Task<long> Event(string customerId, string departmentId, bool first, bool last);
}

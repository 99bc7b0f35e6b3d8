namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>The memory floor's stand-in for a complaint: the same calls and writes per event as one, with trivial payloads.</summary>
[Alias("bench.IProbeComplaintGrain")]
public interface IProbeComplaintGrain : IGrainWithStringKey
{
    /// <summary>Writes its state, then delivers to both views at once and waits for them, as a complaint does.</summary>
    [Alias("Event")]
    Task<long> Event(string customerId, string departmentId);
}

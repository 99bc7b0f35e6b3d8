namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>A deadline with nothing else attached: one reminder, aimed and re-aimed exactly as a complaint's escalation reminder.</summary>
[Alias("bench.IDeadlineProbeGrain")]
public interface IDeadlineProbeGrain : IGrainWithIntegerKey
{
    /// <summary>Aims the probe's reminder at <paramref name="dueAt"/>.</summary>
    [Alias("Arm")]
    Task Arm(DateTimeOffset dueAt);
}

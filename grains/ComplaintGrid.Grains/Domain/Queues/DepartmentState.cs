namespace ComplaintGrid.Domain.Queues;

/// <summary>The persisted state of one department's queue.</summary>
[GenerateSerializer, Alias("cg.DepartmentState")]
public sealed class DepartmentState
{
    /// <summary>
    /// The last sequence applied per complaint that may still be redelivered an event that counts or reopens it here
    /// (open here, or departed and not yet released), so redelivered events are ignored.
    /// </summary>
    [Id(0)] public Dictionary<string, long> LastSequence { get; set; } = [];

    /// <summary>The open complaints this department is responsible for, as last seen.</summary>
    [Id(1)] public Dictionary<string, ComplaintSummary> Open { get; set; } = [];

    /// <summary>Per-minute activity of the last 24 hours, oldest first.</summary>
    [Id(2)] public List<ActivityBucket> Activity { get; set; } = [];

    [Id(3)] public HashSet<string> AgentsOnShift { get; set; } = [];

    /// <summary>
    /// When complaints left this queue (closed or handed off); their sequence entries are forgotten when the complaint
    /// releases this department, or a day later if the release never comes.
    /// </summary>
    [Id(4)] public Dictionary<string, DateTimeOffset> Departed { get; set; } = [];

    /// <summary>Per-hour assessments by cause over the last 24 hours, oldest first.</summary>
    [Id(5)] public List<CauseBucket> Causes { get; set; } = [];

    /// <summary>When the clocks of the complaints in <see cref="Open"/> breach, as last seen: the breach forecast's input.</summary>
    [Id(6)] public Dictionary<string, ClockDues> Dues { get; set; } = [];
}

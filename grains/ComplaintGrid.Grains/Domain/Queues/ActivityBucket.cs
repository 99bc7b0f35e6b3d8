namespace ComplaintGrid.Domain.Queues;

/// <summary>
/// One minute of a department's activity, counted. A day of these bounds the view's memory whatever the
/// event rate, where a list of outcomes would grow with it.
/// </summary>
[GenerateSerializer, Alias("cg.ActivityBucket")]
public sealed class ActivityBucket
{
    [Id(0)] public DateTimeOffset Minute { get; set; }
    [Id(1)] public int Filed { get; set; }
    [Id(2)] public int FirstResponses { get; set; }
    [Id(3)] public int FirstResponsesMet { get; set; }
    [Id(4)] public int Resolutions { get; set; }
    [Id(5)] public int ResolutionsMet { get; set; }
    /// <summary>Sum of filing-to-resolution times of <see cref="Resolutions"/>, for the average.</summary>
    [Id(6)] public long ResolveTicks { get; set; }
    [Id(7)] public int HandOffsIn { get; set; }
    [Id(8)] public int HandOffsOut { get; set; }
    /// <summary>The open count after the minute's last event: the backlog line.</summary>
    [Id(9)] public int OpenAtEnd { get; set; }
    /// <summary>Customer-update clocks restarted by a contact: the pace the breach forecast gives that clock.</summary>
    [Id(10)] public int CustomerUpdates { get; set; }
    /// <summary><see cref="Filed"/> by severity, indexed by <see cref="Severity"/>; null in minutes stored before it was counted.</summary>
    [Id(11)] public int[]? FiledBySeverity { get; set; }
}

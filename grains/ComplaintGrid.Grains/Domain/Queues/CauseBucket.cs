namespace ComplaintGrid.Domain.Queues;

/// <summary>
/// One hour of a department's assessments, counted by cause. The root-cause tile reads the last day of these: at most
/// 25 buckets of one count per cause, whatever the event rate, where minute buckets would be 60 times as many for a
/// figure nobody reads to the minute.
/// </summary>
[GenerateSerializer, Alias("cg.CauseBucket")]
public sealed class CauseBucket
{
    [Id(0)] public DateTimeOffset Hour { get; set; }

    /// <summary>Assessments by <see cref="Cause"/>, indexed by its value.</summary>
    [Id(1)] public int[] Counts { get; set; } = new int[CauseCount];

    /// <summary>How many causes there are: the length of <see cref="Counts"/>.</summary>
    public static readonly int CauseCount = Enum.GetValues<Cause>().Length;
}

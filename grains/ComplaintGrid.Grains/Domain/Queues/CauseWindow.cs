namespace ComplaintGrid.Domain.Queues;

/// <summary>
/// The root-cause tile's counts: assessments by cause in hourly <see cref="CauseBucket"/>s, oldest first. A day is
/// 24 buckets (25 while the oldest hour is partly inside), so the view's memory stays bounded whatever the rate; the
/// window is read by whole hours, which is as exact as a "last 24 hours" tile needs.
/// </summary>
internal static class CauseWindow
{
    public static readonly TimeSpan BucketWidth = TimeSpan.FromHours(1);

    /// <summary>Counts one assessment with <paramref name="cause"/> in the hour of <paramref name="at"/>.</summary>
    public static void Count(List<CauseBucket> buckets, DateTimeOffset at, Cause cause) =>
        BucketFor(buckets, at).Counts[(int)cause]++;

    /// <summary>Assessments by cause in the hours that overlap the window from <paramref name="since"/>, most first; causes with none left out.</summary>
    public static CauseCount[] Since(List<CauseBucket> buckets, DateTimeOffset since)
    {
        var counts = new int[CauseBucket.CauseCount];
        for (var i = buckets.Count - 1; i >= 0 && buckets[i].Hour + BucketWidth > since; i--)
        {
            var bucket = buckets[i].Counts;
            // A bucket stored before a cause was added is shorter: it counted none of the new one.
            for (var cause = 0; cause < counts.Length && cause < bucket.Length; cause++)
                counts[cause] += bucket[cause];
        }
        return counts
            .Select((count, cause) => new CauseCount((Cause)cause, count))
            .Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Cause)
            .ToArray();
    }

    /// <summary>Drops the hours that ended at or before <paramref name="cutoff"/>.</summary>
    public static void Prune(List<CauseBucket> buckets, DateTimeOffset cutoff)
    {
        var firstKept = buckets.FindIndex(b => b.Hour + BucketWidth > cutoff);
        if (firstKept < 0)
            buckets.Clear();
        else if (firstKept > 0)
            buckets.RemoveRange(0, firstKept);
    }

    private static CauseBucket BucketFor(List<CauseBucket> buckets, DateTimeOffset at)
    {
        var hour = new DateTimeOffset(at.UtcTicks - at.UtcTicks % BucketWidth.Ticks, TimeSpan.Zero);
        var index = buckets.Count;
        while (index > 0 && buckets[index - 1].Hour > hour)
            index--;
        if (index > 0 && buckets[index - 1].Hour == hour)
            return buckets[index - 1];
        var bucket = new CauseBucket { Hour = hour };
        buckets.Insert(index, bucket);
        return bucket;
    }
}

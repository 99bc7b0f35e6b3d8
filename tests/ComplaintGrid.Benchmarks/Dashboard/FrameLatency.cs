namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// Matches events to the frames that first show them. Per department, the k-th Filed-or-Resolved event to return
/// (in return order) is visible to a client in the first frame whose tile count is at least the run's baseline + k:
/// the count only rises, and every event that returned had been applied by the department before it returned.
/// With calls in flight the department may apply them in another order than they return, so "the k-th" may be a
/// neighbour; the error is bounded by the calls in flight and is well under a frame interval.
/// </summary>
internal static class FrameLatency
{
    /// <summary>Latencies in milliseconds for one client; <paramref name="unseen"/> counts events no frame showed.</summary>
    public static List<double> ForClient(
        IReadOnlyList<MeasuredEvent> events, IReadOnlyList<TileObservation> tiles, int[] baseline, out int unseen)
    {
        var latencies = new List<double>(events.Count);
        unseen = 0;
        for (var department = 0; department < baseline.Length; department++)
        {
            var mine = events.Where(e => e.Department == department).ToArray();
            var seen = tiles.Where(t => t.Department == department).OrderBy(t => t.ArrivedAt).ToArray();
            var frame = 0;
            for (var k = 1; k <= mine.Length; k++)
            {
                while (frame < seen.Length && seen[frame].Count < baseline[department] + k)
                    frame++;
                if (frame == seen.Length)
                {
                    unseen += mine.Length - k + 1;
                    break;
                }
                latencies.Add(TimeSpanMs(seen[frame].ArrivedAt - mine[k - 1].ReturnedAt));
            }
        }
        return latencies;
    }

    /// <summary>Per escalation request, milliseconds from its return to the first frame carrying its row at one client.</summary>
    public static List<double> ForRows(IReadOnlyList<MeasuredRow> requests, IReadOnlyList<(string ComplaintId, long ArrivedAt)> rows, out int unseen)
    {
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (complaintId, arrivedAt) in rows)
        {
            if (!first.TryGetValue(complaintId, out var known) || arrivedAt < known)
                first[complaintId] = arrivedAt;
        }
        var latencies = new List<double>(requests.Count);
        unseen = 0;
        foreach (var request in requests)
        {
            if (first.TryGetValue(request.ComplaintId, out var arrivedAt))
                latencies.Add(TimeSpanMs(arrivedAt - request.ReturnedAt));
            else
                unseen++;
        }
        return latencies;
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double TimeSpanMs(long stopwatchTicks) => stopwatchTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}

using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>
/// The lags read back from the complaints: every first-response escalation due before the cut-off, fired or not.
/// A level the grain never recorded counts as unfired (later than the scenario's grace) and is reported apart. Due
/// times come from the silo's own <see cref="ClockPolicy"/>: in open time when the complaint counts by a calendar.
/// </summary>
internal sealed record DeadlineLag(int Samples, int Unfired, double P50, double P99, double Max, int PendingAtFirstDue, double FiringRate, int ReadBackTimeouts)
{
    private static readonly EscalationLevel[] Levels = [EscalationLevel.AtRisk, EscalationLevel.Breached, EscalationLevel.Level3, EscalationLevel.Level4];

    // A complaint queued behind its escalations can take longer than Orleans' 30 s response timeout to answer its read-back.
    private const int ReadBackAttempts = 5;

    public static async Task<DeadlineLag> Collect(IGrainFactory grains, ClockPolicy clocks, string[] ids, TimeSpan allowance, DateTimeOffset cutOff)
    {
        var views = new ComplaintView[ids.Length];
        var timeouts = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, _) =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    views[i] = await grains.GetGrain<IComplaintGrain>(ids[i]).Get();
                    return;
                }
                catch (TimeoutException) when (attempt < ReadBackAttempts)
                {
                    Interlocked.Increment(ref timeouts);
                }
            }
        });

        var lags = new List<double>();
        var fired = new List<DateTimeOffset>();
        var unfired = 0;
        DateTimeOffset DueAt(ComplaintView view, EscalationLevel level)
        {
            var counted = EscalationLadder.ElapsedFor(level, allowance);
            return clocks.CalendarFor(view.DepartmentId, view.Severity) is { } calendar ? calendar.Add(view.FiledAt, counted) : view.FiledAt + counted;
        }

        foreach (var view in views)
        {
            foreach (var level in Levels)
            {
                var due = DueAt(view, level);
                if (due > cutOff)
                    break;
                var record = view.Escalations.FirstOrDefault(e => e.Clock == ClockKind.FirstResponse && e.Level == level);
                if (record is null)
                {
                    unfired++;
                    continue;
                }
                lags.Add((record.At - due).TotalMilliseconds);
                fired.Add(record.At);
            }
        }
        lags.Sort();
        var firstDue = views.Min(v => DueAt(v, EscalationLevel.AtRisk));
        var filedByFirstDue = views.Count(v => v.FiledAt <= firstDue);
        var firedByFirstDue = fired.Count(at => at <= firstDue);
        var window = fired.Count > 1 ? (fired.Max() - fired.Min()).TotalSeconds : double.NaN;
        return new DeadlineLag(lags.Count, unfired, Stats.Percentile(lags, 50), Stats.Percentile(lags, 99), lags.Count > 0 ? lags[^1] : double.NaN,
            filedByFirstDue - firedByFirstDue, fired.Count / window, timeouts);
    }

    public string Describe() =>
        $"pending when the first deadline fell due: {PendingAtFirstDue:N0}; escalations measured: {Samples:N0} at ~{FiringRate:N0}/s " +
        $"(at risk, and breached where due before the cut-off); unfired after the grace: {Unfired:N0}; " +
        $"lag p50 {P50:N0} ms, p99 {P99:N0} ms, max {Max:N0} ms" +
        (ReadBackTimeouts > 0 ? $"; read-back calls that timed out (30 s) and were asked again: {ReadBackTimeouts:N0}" : "");
}

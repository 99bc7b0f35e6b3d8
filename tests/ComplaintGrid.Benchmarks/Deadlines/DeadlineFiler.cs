using System.Runtime.CompilerServices;
using ComplaintGrid.Benchmarks.Throughput;

namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>
/// Files <c>count</c> complaints at a steady rate (complaint <i>n</i> at start + <i>n</i>/rate, or at once when the
/// silo is behind), each with one escalation reminder aimed at its first-response clock's at-risk point.
/// Its <c>filed</c> counts the filings answered so far, for progress lines while it runs.
/// </summary>
internal static class DeadlineFiler
{
    public static async Task<string[]> File(IGrainFactory grains, string runId, int count, double rate, int concurrency, StrongBox<int> filed)
    {
        var ids = new string[count];
        var next = -1;
        var clock = TimeProvider.System;
        var start = clock.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var wait = TimeSpan.FromSeconds(i / rate) - clock.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait);
                var filing = new FileComplaint($"deadline-{runId}-{i % LifecycleScript.Customers}", Channel.Phone, SubjectKind.Order, $"ORD-{i}",
                    "The parcel arrived broken.", Demand.Refund, (Category)(i % 6), (Severity)(i % 4), $"{runId}-{i}");
                ids[i] = await BenchComplaintIds.For(grains, filing);
                await grains.GetGrain<IComplaintGrain>(ids[i]).File(filing);
                Interlocked.Increment(ref filed.Value);
            }
        })));
        return ids;
    }
}

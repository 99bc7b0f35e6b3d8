using System.Diagnostics;
using ComplaintGrid.Benchmarks.Throughput;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// Drives full lifecycles (<see cref="LifecycleScript"/>) through real complaint grains at a steady rate: event n is due
/// at start + n / rate and a worker sends it then, or at once when behind; the run ends after its duration either way
/// and reports the rate reached. Every
/// <c>sample</c>th lifecycle hands each of its events to the <see cref="ProjectionLagProbe"/> as its call returns.
/// </summary>
internal sealed class PacedHistoryDriver(IGrainFactory grains, int workers, int sample)
{
    public async Task<(long Events, TimeSpan Elapsed)> Run(double rate, TimeSpan duration, ProjectionLagProbe? probe)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var ticketsDue = (long)(rate * duration.TotalSeconds);
        long nextTicket = -1, events = 0;
        var nextLifecycle = -1;
        var start = Stopwatch.GetTimestamp();

        async Task<bool> Slot()
        {
            var ticket = Interlocked.Increment(ref nextTicket);
            // When the machine cannot keep the rate, the run still ends on time; it reports the rate it reached.
            if (ticket >= ticketsDue || Stopwatch.GetElapsedTime(start) >= duration)
                return false;
            var due = TimeSpan.FromSeconds(ticket / rate) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
            return true;
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref nextLifecycle);
                var filing = LifecycleScript.Filing(runId, i);
                var grain = await LifecycleScript.GrainFor(grains, filing);
                var measured = probe is not null && i % sample == 0;
                foreach (var step in LifecycleScript.Steps)
                {
                    if (!await Slot())
                        return;
                    var call = step(grain, filing);
                    await call;
                    Interlocked.Increment(ref events);
                    if (measured && call is Task<ComplaintView> answered)
                        probe!.Stored(answered.Result.Id, answered.Result.Sequence, Stopwatch.GetTimestamp());
                }
            }
        })));
        return (Interlocked.Read(ref events), Stopwatch.GetElapsedTime(start));
    }
}

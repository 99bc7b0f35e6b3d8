using ComplaintGrid.Benchmarks.Storage;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>
/// Deadline firing lag at 100,000 pending with probes (<see cref="DeadlineProbeGrain"/>): the complaint's reminder
/// mechanism on the same reminder service, without the complaint. All probes are armed first, with due times spread
/// evenly over a window that starts once arming is done; lag = the tick's time minus the due time.
/// </summary>
internal static class DeadlineProbeScenario
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public static async Task<ScenarioReport> Run(DeadlineSettings settings)
    {
        var postgres = settings.Profile == StorageProfile.Postgres ? await PostgresBenchDatabase.Prepare(null) : null;
        await using var silo = await BenchSilo.Start(settings.Profile, postgres: postgres,
            configureSilo: s => s.Services.AddSingleton<DeadlineProbeLog>());
        var count = settings.ProbePending;
        var window = settings.ProbeWindow;
        var clock = TimeProvider.System;
        // Arming must finish before the first probe falls due: allow 2,000 registrations a second, and 20 s more.
        var margin = TimeSpan.FromSeconds(20 + count / 2_000.0);
        var start = clock.GetUtcNow() + margin;
        Console.WriteLine($"== Deadline firing lag, probes: {count:N0} reminders ({settings.Profile} reminder table) due evenly over {window.TotalSeconds:N0} s " +
            $"({count / window.TotalSeconds:N0}/s), the first {margin.TotalSeconds:N0} s from now; period {settings.ReminderPeriod.TotalSeconds:N0} s as the complaints'");
        if (settings.Calendars)
            Console.WriteLine("   --calendars changes nothing here: probes keep no clocks (the deadlines scenario measures complaints counting open time)");
        Console.WriteLine($"   {MachineInfo.Describe()}");

        var armed = new DateTimeOffset[count];
        var armStart = clock.GetUtcNow();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency }, async (i, _) =>
        {
            await silo.Grains.GetGrain<IDeadlineProbeGrain>(i).Arm(start + window * i / count);
            armed[i] = clock.GetUtcNow();
        });
        var pendingAtFirstDue = armed.Count(a => a <= start);
        Console.WriteLine($"   armed {count:N0} in {(clock.GetUtcNow() - armStart).TotalSeconds:N1} s; pending when the first fell due: {pendingAtFirstDue:N0}; load avg {MachineInfo.LoadAverage():N2}");

        var stop = start + window + Grace;
        while (clock.GetUtcNow() < stop)
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            Console.WriteLine($"   {(clock.GetUtcNow() - armStart).TotalSeconds,5:N0} s  fired {silo.Services.GetRequiredService<DeadlineProbeLog>().Snapshot().Count,8:N0}  load avg {MachineInfo.LoadAverage():N2}");
        }

        var fired = silo.Services.GetRequiredService<DeadlineProbeLog>().Snapshot();
        var lags = fired.Select(f => (f.Fired - f.Due).TotalMilliseconds).Order().ToArray();
        var unfired = count - fired.Count;
        var p50 = Stats.Percentile(lags, 50);
        var p99 = unfired > count / 100 ? double.PositiveInfinity : Stats.Percentile(lags.Concat(Enumerable.Repeat(double.PositiveInfinity, unfired)).ToArray(), 99);
        Console.WriteLine($"   fired {fired.Count:N0}, unfired after the grace {unfired:N0}; lag p50 {p50:N0} ms, p99 {p99:N0} ms, max {(lags.Length > 0 ? lags[^1] : double.NaN):N0} ms " +
            $"(unfired count as later than any fired)");
        return new ScenarioReport($"deadline lag, probes, {pendingAtFirstDue:N0} pending ({settings.Profile})",
            $"p50 {p50:N0} ms, p99 {p99:N0} ms ({fired.Count:N0} fired, {unfired:N0} unfired)", "-", "-",
            $"p99 <= {DeadlineLagScenario.TargetP99.TotalMilliseconds:N0} ms with {DeadlineLagScenario.TargetPending:N0} pending",
            p99 <= DeadlineLagScenario.TargetP99.TotalMilliseconds && pendingAtFirstDue >= DeadlineLagScenario.TargetPending);
    }
}

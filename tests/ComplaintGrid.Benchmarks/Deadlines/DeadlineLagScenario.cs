using System.Globalization;
using System.Runtime.CompilerServices;
using ComplaintGrid.Benchmarks.Memory;
using ComplaintGrid.Benchmarks.Storage;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Routing;
using ComplaintGrid.Hosting;
using ComplaintGrid.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>
/// Deadline firing lag with many pending deadlines, on real complaints: the silo is configured (through the options
/// the grains read, <see cref="ClockPolicyOptions"/>) with a first-response allowance of a few minutes for every
/// severity, so that every complaint's at-risk reminder (75% of it) falls due during the run, after all of them are
/// filed. The lag of an escalation is the time its grain recorded it (<see cref="EscalationRecord.At"/>) minus its
/// due time (filing time + the ladder's share of the allowance): the reminder's own lateness plus the grain's queue.
/// With <c>--calendars</c> every department counts open time by <see cref="BenchCalendars"/> (Critical complaints
/// around the clock), and the complaints' clock (<see cref="ComplaintGridClock"/>, not Orleans') is pinned to the
/// calendar's opening time on an ordinary weekday, so the short allowances fall due in open time during the run;
/// due times are then the calendar's.
/// </summary>
internal static class DeadlineLagScenario
{
    public static readonly TimeSpan TargetP99 = TimeSpan.FromSeconds(2);

    // After the last due time, wait this long for late escalations; anything later counts as unfired (lag > grace).
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>The performance targets: the lag is measured with this many deadlines pending.</summary>
    public const int TargetPending = 100_000;

    // The first due time comes this many planned filing times (plus 10 s) after filing starts: room for filing at 2/3 of
    // the planned rate (a loaded 2-core machine filed at ~690/s of 1,000/s planned), at ~1 min more per run at full settings.
    private const double FilingMargin = 1.5;

    // Below this share of the planned filing rate, the summary says filing fell behind.
    private const double ReachedShare = 0.95;

    private static readonly TimeSpan Progress = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<ScenarioReport>> Run(DeadlineSettings settings)
    {
        var plannedFiling = TimeSpan.FromSeconds(settings.Pending / settings.FilingRate);
        // The first at-risk point comes after the planned filing time with a margin, so all are pending at once.
        var allowance = settings.FirstResponse ?? (plannedFiling * FilingMargin + TimeSpan.FromSeconds(10)) / EscalationLadder.AtRiskShare;
        var atRisk = allowance * EscalationLadder.AtRiskShare;
        var configuration = AllowancesFor(allowance);
        TimeProvider clock = TimeProvider.System;
        if (settings.Calendars)
        {
            foreach (var (key, value) in BenchCalendars.Configuration())
                configuration[key] = value;
            clock = new PinnedClock(BenchCalendars.PinnedStart);
        }
        var postgres = settings.Profile == StorageProfile.Postgres ? await PostgresBenchDatabase.Prepare(null) : null;
        await using var silo = await BenchSilo.Start(settings.Profile, postgres: postgres, configuration: configuration,
            configureSilo: settings.Calendars ? s => s.Services.AddKeyedSingleton(ComplaintGridClock.Key, clock) : null);
        var clocks = silo.Services.GetRequiredService<ComplaintRules>().Clocks;

        Console.WriteLine($"== Deadline firing lag: {settings.Pending:N0} complaints filed at {settings.FilingRate:N0}/s ({settings.Profile} storage and reminders), " +
            $"first-response allowance {allowance.TotalSeconds:N0} s for every severity (at risk at {atRisk.TotalSeconds:N0} s, " +
            $"breached at {allowance.TotalSeconds:N0} s after filing); other clocks as configured by default (hours)");
        Console.WriteLine($"   planned: filing {plannedFiling.TotalSeconds:N0} s, the first deadline due at {atRisk.TotalSeconds:N0} s, the last at " +
            $"~{(plannedFiling + atRisk).TotalSeconds:N0} s, then {Grace.TotalSeconds:N0} s grace and the read-back");
        Console.WriteLine($"   {BenchCalendars.Describe(settings.Calendars)}");
        if (settings.Calendars)
            Console.WriteLine($"   the complaints' clock is pinned: it reads {clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC ({clock.GetUtcNow():dddd}, London local time = UTC) " +
                "at the silo's start and runs at real pace, so the run is in open hours and every at-risk point is reached in open time; " +
                "Orleans' reminders run on real time, aimed by how long until the point");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        var heapBefore = ManagedHeap.AfterFullGc();
        var filingStart = clock.GetUtcNow();
        var filed = new StrongBox<int>();
        var filing = DeadlineFiler.File(silo.Grains, Guid.NewGuid().ToString("N")[..8], settings.Pending, settings.FilingRate, settings.Concurrency, filed);
        while (await Task.WhenAny(filing, Task.Delay(Progress)) != filing)
        {
            var elapsed = clock.GetUtcNow() - filingStart;
            var planned = Math.Min(settings.Pending, elapsed.TotalSeconds * settings.FilingRate);
            Console.WriteLine($"   {elapsed.TotalSeconds,5:N0} s  filed {filed.Value,8:N0} ({planned - filed.Value:N0} behind the planned rate)  load avg {MachineInfo.LoadAverage():N2}");
        }
        var ids = await filing;
        var filingEnd = clock.GetUtcNow();
        var filingTime = filingEnd - filingStart;
        var achievedRate = ids.Length / filingTime.TotalSeconds;
        var heapAfter = ManagedHeap.AfterFullGc();
        Console.WriteLine($"   filed {ids.Length:N0} in {filingTime.TotalSeconds:N1} s ({achievedRate:N0}/s of {settings.FilingRate:N0}/s planned); " +
            $"managed heap after full GC {heapBefore / 1048576.0:N0} → {heapAfter / 1048576.0:N0} MiB: {(heapAfter - heapBefore) / (double)ids.Length / 1024:N1} KiB " +
            $"per filed complaint, all in (grain, stored copy, views, reminder); load avg {MachineInfo.LoadAverage():N2}");
        var behind = filingTime > atRisk;
        if (behind)
            Console.WriteLine($"   FILING FELL BEHIND: it took {filingTime.TotalSeconds:N0} s, so the first deadlines fell due (at {atRisk.TotalSeconds:N0} s) before the last " +
                "complaints were filed; fewer than all were pending at once (see below). Lower --filing-rate or --pending.");

        // In open time when the departments keep hours (Critical complaints, around the clock, fall due no later).
        var lastDue = clocks.DepartmentCalendar(RoutingOptions.Standard().Departments[0].Id)?.Add(filingEnd, atRisk) ?? filingEnd + atRisk;
        var stop = lastDue + Grace;
        while (clock.GetUtcNow() < stop)
        {
            await Task.Delay(Progress);
            Console.WriteLine($"   {(clock.GetUtcNow() - filingStart).TotalSeconds,5:N0} s  load avg {MachineInfo.LoadAverage():N2}");
        }

        var lag = await DeadlineLag.Collect(silo.Grains, clocks, ids, allowance, cutOff: stop - Grace);
        Console.WriteLine($"   {lag.Describe()}");
        var met = lag.P99 <= TargetP99.TotalMilliseconds && lag.Unfired == 0 && lag.PendingAtFirstDue >= TargetPending;
        var filingNote = achievedRate < settings.FilingRate * ReachedShare || behind
            ? $"; filing fell behind: {achievedRate:N0}/s of {settings.FilingRate:N0}/s"
            : $"; filed at {achievedRate:N0}/s";
        return
        [
            new ScenarioReport($"deadline lag, complaints, {lag.PendingAtFirstDue:N0} of {ids.Length:N0} pending ({settings.Profile}{(settings.Calendars ? ", calendars on" : "")})",
                $"p50 {lag.P50:N0} ms, p99 {lag.P99:N0} ms ({lag.Samples:N0} escalations, {lag.Unfired:N0} unfired{filingNote})", "-", "-",
                $"p99 <= {TargetP99.TotalMilliseconds:N0} ms with {TargetPending:N0} pending", met),
        ];
    }

    private static Dictionary<string, string?> AllowancesFor(TimeSpan firstResponse)
    {
        var configuration = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var severity in Enum.GetValues<Severity>())
        {
            var standard = ClockPolicyOptions.StandardFor(severity);
            var key = $"{ClockPolicyOptions.SectionName}:Defaults:{severity}";
            configuration[$"{key}:FirstResponse"] = firstResponse.ToString("c", CultureInfo.InvariantCulture);
            configuration[$"{key}:CustomerUpdate"] = standard.CustomerUpdate.ToString("c", CultureInfo.InvariantCulture);
            configuration[$"{key}:Resolution"] = standard.Resolution.ToString("c", CultureInfo.InvariantCulture);
        }
        return configuration;
    }
}

using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Hosting;
using ComplaintGrid.Silo.Hosting;

namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>
/// Real complaints: <c>--pending</c> filed (100,000 [quick 3,000]) at <c>--filing-rate</c> a second (1,000 [quick 500]),
/// then left to escalate; <c>--first-response</c> seconds overrides the allowance the scenario works out. At full
/// settings filing takes 100 s and the first deadline falls due 160 s after it starts: ~5 min in all (on a shared 2-core
/// machine at load average ~20, filing averaged ~690/s with stretches above 1,500/s; the scenario says when it falls behind). Probes:
/// <c>--probe-pending</c> reminders (100,000 [quick 5,000]) due over <c>--probe-window</c> seconds (100 [quick 10]).
/// <c>--deadline-profile</c> Memory (default) or Postgres picks grain storage and reminder table for both.
/// <c>--calendars</c> gives every department a business-hours calendar (<see cref="BenchCalendars"/>) and pins the
/// complaints' clock to its opening time; probes keep no clocks, so it changes nothing for them.
/// </summary>
internal sealed record DeadlineSettings(int Pending, double FilingRate, TimeSpan? FirstResponse, int Concurrency, StorageProfile Profile,
    int ProbePending, TimeSpan ProbeWindow, bool Calendars)
{
    /// <summary>The period both complaints and probes register their reminder with (the grains' default).</summary>
    public TimeSpan ReminderPeriod => new ComplaintGrainOptions().ReminderRetryPeriod;

    public static DeadlineSettings From(ScenarioArguments args)
    {
        var firstResponse = args.Double("first-response", 0, 0);
        return new DeadlineSettings(
            args.Int("pending", 100_000, 3_000),
            args.Double("filing-rate", 1_000, 500),
            firstResponse > 0 ? TimeSpan.FromSeconds(firstResponse) : null,
            args.Int("concurrency", 64, 64),
            Enum.Parse<StorageProfile>(args.String("deadline-profile") ?? nameof(StorageProfile.Memory), ignoreCase: true),
            args.Int("probe-pending", 100_000, 5_000),
            TimeSpan.FromSeconds(args.Double("probe-window", 100, 10)),
            args.Flag("calendars"));
    }
}

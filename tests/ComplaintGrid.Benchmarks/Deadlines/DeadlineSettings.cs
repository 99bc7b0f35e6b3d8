using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;

namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>
/// <c>--pending</c> complaints filed (100,000 [quick 5,000]) at <c>--filing-rate</c> a second (1,000), then left to
/// escalate; <c>--first-response</c> seconds overrides the first-response allowance the scenario works out;
/// <c>--deadline-profile</c> Memory (default) or Postgres picks grain storage and reminder table.
/// </summary>
internal sealed record DeadlineSettings(int Pending, double FilingRate, TimeSpan? FirstResponse, int Concurrency, StorageProfile Profile)
{
    public static DeadlineSettings From(ScenarioArguments args)
    {
        var firstResponse = args.Double("first-response", 0, 0);
        return new DeadlineSettings(
            args.Int("pending", 100_000, 5_000),
            args.Double("filing-rate", 1_000, 1_000),
            firstResponse > 0 ? TimeSpan.FromSeconds(firstResponse) : null,
            args.Int("concurrency", 64, 64),
            Enum.Parse<StorageProfile>(args.String("deadline-profile") ?? nameof(StorageProfile.Memory), ignoreCase: true));
    }
}

using ComplaintGrid.Domain.Churn;
using ComplaintGrid.Grains.Feed;
using ComplaintGrid.Hosting;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Grains;

/// <summary>Owns one customer's history view; rescored on every complaint event it applies.</summary>
internal sealed class CustomerGrain(
    [PersistentState("customer", ComplaintGridStorage.Name)] IPersistentState<CustomerState> state,
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    ComplaintGridMetrics metrics) : Grain, ICustomerGrain
{
    private GroupCommit? _commit;

    private CustomerHistory History => new(state.State);

    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    /// <summary>Interleaves (see the interface): the change is synchronous, the write is shared with concurrent callers.</summary>
    public async Task Apply(IReadOnlyList<ComplaintEvent> events)
    {
        var now = clock.GetUtcNow();
        if (History.Apply(events, now))
        {
            await Commit.Commit();
            if (state.State.LastScore is { } score)
                metrics.RecordChurnScore(score);
            DashboardPublishing.CustomerRisk(GrainFactory, this.GetPrimaryKeyString(), History, now);
        }
    }

    public Task<CustomerView> Get() => Task.FromResult(History.ToView(this.GetPrimaryKeyString(), clock.GetUtcNow()));

    public async Task<CustomerView> SetProfile(CustomerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        new RuleCheck().Known("valueTier", profile.ValueTier).ThrowIfAny();
        var now = clock.GetUtcNow();
        if (profile.CustomerSince > now)
            throw new ComplaintGridException(ErrorCodes.OutOfRange, "customerSince", "customerSince must not be in the future.");
        History.SetProfile(profile, now);
        await Commit.Commit();
        DashboardPublishing.CustomerRisk(GrainFactory, this.GetPrimaryKeyString(), History, now);
        return History.ToView(this.GetPrimaryKeyString(), now);
    }
}

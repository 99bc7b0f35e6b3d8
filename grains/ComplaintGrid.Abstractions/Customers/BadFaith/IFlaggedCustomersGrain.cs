using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>The customers whose bad-faith flag is raised now (one grain, key 0), for supervisors.</summary>
[Alias("cg.IFlaggedCustomersGrain")]
public interface IFlaggedCustomersGrain : IGrainWithIntegerKey
{
    /// <summary>Every flagged customer, most recently raised first.</summary>
    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<FlaggedCustomer>> List();
}

using ComplaintGrid.Hosting;

namespace ComplaintGrid.Grains.BadFaith;

/// <summary>
/// The list of flagged customers: written only when a flag is raised, its reasons change or it is cleared, which is
/// rare (about one complainant in a hundred), so one grain holds it. Each customer grain is the truth for its own flag.
/// </summary>
internal sealed class FlaggedCustomersGrain(
    [PersistentState("flagged", ComplaintGridStorage.Name)] IPersistentState<FlaggedCustomersState> state)
    : Grain, IFlaggedCustomersGrain, IFlaggedCustomersRegister
{
    public Task<IReadOnlyList<FlaggedCustomer>> List() =>
        Task.FromResult<IReadOnlyList<FlaggedCustomer>>(state.State.Flagged.Values.OrderByDescending(f => f.RaisedAt).ThenBy(f => f.CustomerId, StringComparer.Ordinal).ToArray());

    public async Task Raised(FlaggedCustomer row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (state.State.Flagged.TryGetValue(row.CustomerId, out var held) && held.RaisedAt == row.RaisedAt && held.Reasons.SequenceEqual(row.Reasons))
            return;
        state.State.Flagged[row.CustomerId] = row;
        await state.WriteStateAsync();
    }

    public async Task Cleared(string customerId)
    {
        if (state.State.Flagged.Remove(customerId))
            await state.WriteStateAsync();
    }
}

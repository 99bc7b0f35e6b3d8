using ComplaintGrid.Hosting;

namespace ComplaintGrid.Grains.Incidents;

/// <summary>
/// Keeps the open incidents' rows. Incidents change at the pace of member joins, not of every event, so each change is
/// stored before it answers.
/// </summary>
internal sealed class IncidentBoardGrain(
    [PersistentState("incidentBoard", ComplaintGridStorage.Name)] IPersistentState<IncidentBoardState> state)
    : Grain, IIncidentBoardGrain, IIncidentBoardWriterGrain
{
    public Task<IncidentBoard?> GetIfChanged(long knownVersion) =>
        Task.FromResult(state.State.Version == knownVersion
            ? null
            : new IncidentBoard(state.State.Version, state.State.Entries.Values.OrderByDescending(e => e.OpenedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray()));

    public async Task Upsert(IncidentEntry entry)
    {
        if (state.State.Entries.TryGetValue(entry.Id, out var known) && known.Equals(entry))
            return;
        state.State.Entries[entry.Id] = entry;
        state.State.Version++;
        await state.WriteStateAsync();
    }

    public async Task Remove(string incidentId)
    {
        if (!state.State.Entries.Remove(incidentId))
            return;
        state.State.Version++;
        await state.WriteStateAsync();
    }
}

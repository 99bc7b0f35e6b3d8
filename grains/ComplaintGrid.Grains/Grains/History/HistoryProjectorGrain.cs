using ComplaintGrid.History;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains.History;

/// <summary>
/// The history's projector: a stateless worker, so each silo writes its own complaints' events through as many
/// activations as calls need, and no one grain carries every event of the cluster. It keeps nothing: the database
/// decides what is new (<see cref="IComplaintHistoryStore"/>), and the silo's <see cref="HistoryWriter"/> commits many
/// calls' rows in one transaction.
/// </summary>
[StatelessWorker]
internal sealed class HistoryProjectorGrain(ComplaintHistory history) : Grain, IHistoryProjectorGrain
{
    public async Task<long> Project(ComplaintHistoryRecord record, IReadOnlyList<ComplaintEvent> events)
    {
        var complaintId = DeliveredEvents.ComplaintOf(events);
        if (!string.Equals(complaintId, record.ComplaintId, StringComparison.Ordinal))
            throw new ArgumentException("The record and the events belong to different complaints.", nameof(record));
        var writer = history.Writer ?? throw new ComplaintGridUnavailableException("This silo keeps no complaint history.");
        var rows = new ComplaintHistoryEvent[events.Count];
        for (var i = 0; i < events.Count; i++)
            rows[i] = ComplaintHistoryEvent.From(events[i]);
        await writer.Write(new ComplaintHistoryUpdate(record, rows));
        return events[^1].Sequence;
    }
}

using Orleans.Serialization;

namespace ComplaintGrid.Grains;

/// <summary>
/// Writes a deep copy of a view grain's state. Views apply deliveries interleaved with their own checkpoint write, and
/// Orleans' ADO.NET storage serializes the state after an await, off the grain's turn: writing the live object let an
/// interleaved Apply change it mid-serialization ("Collection was modified", a failed checkpoint). The grain works on
/// <see cref="Live"/>; the storage only ever sees the copy.
/// </summary>
internal sealed class SnapshotWriter<T>(IPersistentState<T> state, DeepCopier copier) where T : class
{
    /// <summary>The state the grain reads and changes, whatever the storage is doing.</summary>
    public T Live { get; } = state.State;

    public async Task Write()
    {
        state.State = copier.Copy(Live);
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            state.State = Live;
        }
    }
}

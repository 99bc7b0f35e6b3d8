using ComplaintGrid.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>Applies in memory and stores on a timer while there is something to store, as <c>ViewCheckpoint</c> does.</summary>
internal sealed class MatchedProbeViewGrain(
    [PersistentState("probe-view", ComplaintGridStorage.Name)] IPersistentState<ProbeState> state,
    IOptions<ComplaintGrainOptions> options) : Grain, IMatchedProbeViewGrain
{
    private IGrainTimer? _checkpoint;
    private bool _dirty;

    public Task Apply(long sequence)
    {
        state.State.Sequence = Math.Max(state.State.Sequence, sequence);
        Changed();
        return Task.CompletedTask;
    }

    public Task Release(long sequence)
    {
        Changed();
        return Task.CompletedTask;
    }

    private void Changed()
    {
        _dirty = true;
        var period = options.Value.ViewCheckpointPeriod;
        _checkpoint ??= this.RegisterGrainTimer(Checkpoint, new GrainTimerCreationOptions(period, period) { Interleave = true });
    }

    private async Task Checkpoint(CancellationToken cancellationToken)
    {
        if (!_dirty)
        {
            _checkpoint?.Dispose();
            _checkpoint = null;
            return;
        }
        _dirty = false;
        await state.WriteStateAsync(cancellationToken);
    }
}

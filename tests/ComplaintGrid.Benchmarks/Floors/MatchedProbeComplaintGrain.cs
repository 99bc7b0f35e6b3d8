using ComplaintGrid.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>
/// Per event: writes, then delivers to both views and waits. Per lifecycle, as a complaint in the lifecycle benchmark does:
/// the first event registers a reminder (a complaint aims one at its first escalation point when filed), and the last
/// starts a timer that, one retry period later, redelivers to both views, writes once more and releases the department
/// (a closed complaint's redelivery, stored outbox and release).
/// </summary>
internal sealed class MatchedProbeComplaintGrain(
    [PersistentState("probe-complaint", ComplaintGridStorage.Name)] IPersistentState<ProbeState> state,
    IOptions<ComplaintGrainOptions> options) : Grain, IMatchedProbeComplaintGrain, IRemindable
{
    private static readonly TimeSpan ReminderDue = TimeSpan.FromHours(1);

    private IGrainTimer? _followUp;

    public async Task<long> Event(string customerId, string departmentId, bool first, bool last)
    {
        var sequence = ++state.State.Sequence;
        await state.WriteStateAsync();
        await Task.WhenAll(
            GrainFactory.GetGrain<IMatchedProbeViewGrain>(customerId).Apply(sequence),
            GrainFactory.GetGrain<IMatchedProbeViewGrain>(departmentId).Apply(sequence));
        if (first)
            await this.RegisterOrUpdateReminder("probe", ReminderDue, ReminderDue);
        if (last)
        {
            var period = options.Value.DeliveryRetryPeriod;
            _followUp ??= this.RegisterGrainTimer(ct => FollowUp(customerId, departmentId, ct), new GrainTimerCreationOptions(period, Timeout.InfiniteTimeSpan));
        }
        return sequence;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task FollowUp(string customerId, string departmentId, CancellationToken cancellationToken)
    {
        var sequence = state.State.Sequence;
        await Task.WhenAll(
            GrainFactory.GetGrain<IMatchedProbeViewGrain>(customerId).Apply(sequence),
            GrainFactory.GetGrain<IMatchedProbeViewGrain>(departmentId).Apply(sequence));
        await state.WriteStateAsync(cancellationToken);
        await GrainFactory.GetGrain<IMatchedProbeViewGrain>(departmentId).Release(sequence);
        _followUp?.Dispose();
        _followUp = null;
    }
}

using ComplaintGrid.Benchmarks.Floors;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>
/// Does what <c>ComplaintGrain</c> does with its escalation reminder, minus the complaint: registers it with
/// <see cref="ComplaintGrainOptions.ReminderRetryPeriod"/> as the period, and on the tick records the lag, writes its
/// state once (as the complaint writes the escalation) and re-aims the reminder at the next, distant, point.
/// </summary>
internal sealed class DeadlineProbeGrain(
    [PersistentState("deadline-probe", ComplaintGridStorage.Name)] IPersistentState<ProbeState> state,
    IOptions<ComplaintGrainOptions> options,
    DeadlineProbeLog log) : Grain, IDeadlineProbeGrain, IRemindable
{
    private const string Reminder = "escalation";

    // Where a complaint's next escalation point would be: well after any run.
    private static readonly TimeSpan NextPoint = TimeSpan.FromHours(1);

    private DateTimeOffset? _dueAt;

    public async Task Arm(DateTimeOffset dueAt)
    {
        _dueAt = dueAt;
        var dueIn = dueAt - TimeProvider.System.GetUtcNow();
        await this.RegisterOrUpdateReminder(Reminder, dueIn < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : dueIn, options.Value.ReminderRetryPeriod);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var now = TimeProvider.System.GetUtcNow();
        if (_dueAt is not { } due)
            return;
        _dueAt = null;
        log.Record(due, now);
        state.State.Sequence++;
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(Reminder, NextPoint, options.Value.ReminderRetryPeriod);
    }
}

using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Grains.Ids;
using ComplaintGrid.Grains.StaleCopies;
using ComplaintGrid.Hosting;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains;

/// <summary>
/// Owns one complaint's state and time: runs each command through <see cref="Complaint"/>, writes the state
/// (with its outbox) before answering, delivers the outbox to the customer and department views, and keeps
/// one reminder at or before the next escalation point. It lets the departments it has left forget it once nothing more
/// for them can be redelivered (<see cref="DepartedDepartments"/>), and tells a customer view that activates what it
/// has stored (<see cref="IComplaintSummarySource"/>), so that view need not store every step. A copy activated around
/// another silo's death writes once before it first answers a read (<see cref="StaleCopyFence"/>).
/// </summary>
internal sealed class ComplaintGrain(
    [PersistentState("complaint", ComplaintGridStorage.Name)] IPersistentState<ComplaintState> state,
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    ComplaintRules rules,
    WebhookRouter webhooks,
    IOptions<ComplaintGrainOptions> options,
    ComplaintGridMetrics metrics,
    SiloDeaths siloDeaths,
    ComplaintIdKey idKey,
    ILogger<ComplaintGrain> logger) : Grain, IComplaintGrain, IComplaintSummarySource, IRemindable
{
    private const string EscalationReminder = "escalation";

    // The key decoded once: GetPrimaryKeyString builds a new string from the grain id on every call.
    private string _id = null!;

    private Complaint _complaint = null!;
    private bool _reminderKnown;
    private DateTimeOffset? _reminderAimedAt;
    private IGrainReminder? _reminder;
    private IGrainTimer? _retryTimer;
    private readonly DepartedDepartments _departed = new();
    private DeliveryReceivers? _receivers;

    // Whether this copy has stored a write of its own, so no older copy can store over it (StaleCopyFence).
    private TimeSpan _activatedAt;
    private bool _wroteSinceActivation;
    // Reads interleave ([ReadOnly]): the first that must fence writes, the others await the same write.
    private Task? _fence;

    // What storage holds of this complaint for views: memory runs ahead of it while a command's write is in flight.
    private StoredSummary? _storedSummary;

    // Departments the stored outbox holds an event for that would change their view if redelivered after they forgot
    // this complaint (see DepartmentQueue.HarmlessAfterRelease); null when there are none. A releasable department has
    // nothing left in the outbox in memory, so its being here means the stored outbox is behind for it.
    private HashSet<string>? _storedOutboxNeededBy;

    private DeliveryReceivers Receivers => _receivers ??= new DeliveryReceivers(GrainFactory);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _id = this.GetPrimaryKeyString();
        _activatedAt = siloDeaths.Now;
        _complaint = new Complaint(state.State, rules);
        if (state.State.Filed)
            _storedSummary = new StoredSummary(state.State.Sequence, _complaint.Summary());
        OutboxStored();
        if (state.State.Outbox.Count > 0)
            EnsureRetryTimer();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Only a routine deactivation: after a failed write the memory is ahead of storage and must not be written,
        // and at shutdown every complaint writing once would slow the silo's exit (the views' one-day fallback covers it).
        if (reason.ReasonCode is not (DeactivationReasonCode.ActivationIdle or DeactivationReasonCode.HighMemoryPressure))
            return;
        await ReleaseDepartedViews();
    }

    public async Task<ComplaintView> File(FileComplaint command)
    {
        var secret = await idKey.Get();
        return await Execute(now => _complaint.File(_id, command, now, c => ComplaintIds.For(c.CustomerId, c.IdempotencyKey, secret)));
    }

    public Task<ComplaintView> Get() =>
        MayBeStale() ? FencedGet() : Task.FromResult(_complaint.ToView(clock.GetUtcNow()));

    private async Task<ComplaintView> FencedGet()
    {
        await (_fence ??= Fence());
        return _complaint.ToView(clock.GetUtcNow());
    }

    /// <remarks>
    /// Never fenced (<see cref="StaleCopyFence"/>): it interleaves with a command's write, and a view loses nothing by
    /// an older summary here, since it keeps the newer of what it holds and what is delivered to it.
    /// </remarks>
    public Task<StoredSummary?> GetStoredSummary() => Task.FromResult(_storedSummary);

    public Task<ComplaintView> Acknowledge(AcknowledgeComplaint command) => Execute(now => _complaint.Acknowledge(command, now));

    public Task<ComplaintView> Assess(AssessComplaint command) => Execute(now => _complaint.Assess(command, now));

    public Task<ComplaintView> Route(RouteComplaint command) => Execute(now => _complaint.Route(command, now));

    public Task<ComplaintView> HandOff(HandOffComplaint command) => Execute(now => _complaint.HandOff(command, now));

    public Task<ComplaintView> StartInvestigation(StartInvestigation command) => Execute(now => _complaint.StartInvestigation(command, now));

    public Task<ComplaintView> RecordInvestigation(RecordInvestigation command) => Execute(now => _complaint.RecordInvestigation(command, now));

    public Task<ComplaintView> ProposeRemedy(ProposeRemedy command) => Execute(now => _complaint.ProposeRemedy(command, now));

    public Task<ComplaintView> ApproveRemedy(ApproveRemedy command) => Execute(now => _complaint.ApproveRemedy(command, now));

    public Task<ComplaintView> RejectRemedy(RejectRemedy command) => Execute(now => _complaint.RejectRemedy(command, now));

    public Task<ComplaintView> StartImplementation(StartImplementation command) => Execute(now => _complaint.StartImplementation(command, now));

    public Task<ComplaintView> Resolve(ResolveComplaint command) => Execute(now => _complaint.Resolve(command, now));

    public Task<ComplaintView> RecordFeedback(RecordFeedback command) => Execute(now => _complaint.RecordFeedback(command, now));

    public Task<ComplaintView> Close(CloseComplaint command) => Execute(now => _complaint.Close(command, now));

    public Task<ComplaintView> PutOnHold(PutOnHold command) => Execute(now => _complaint.PutOnHold(command, now));

    public Task<ComplaintView> Resume(ResumeComplaint command) => Execute(now => _complaint.Resume(command, now));

    public Task<ComplaintView> InformCustomer(InformCustomer command) => Execute(now => _complaint.InformCustomer(command, now));

    public Task<ComplaintView> RequestEscalation(RequestEscalation command) => Execute(now => _complaint.RequestEscalation(command, now));

    public Task<ComplaintView> CheckDeadlines() => Execute(now => _complaint.CheckDeadlines(now));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != EscalationReminder)
            return;
        if (!state.State.Filed)
        {
            // A reminder without a complaint (state cleared by an operator): nothing will ever be due.
            await UnregisterEscalationReminder();
            return;
        }
        // The reminder's own aim is no longer known once it has fired: re-aim after the check.
        _reminderKnown = false;
        await CheckDeadlines();
    }

    private async Task<ComplaintView> Execute(Func<DateTimeOffset, IReadOnlyList<ComplaintEvent>> command)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<ComplaintEvent> events;
        try
        {
            _complaint.Origin = ActContext.Current;
            events = command(now);
        }
        catch (ComplaintGridException)
        {
            throw; // refused before any change
        }
        catch (Exception ex)
        {
            GrainLog.CommandFailed(logger, ex, _id);
            this.DeactivateOnIdle();
            throw;
        }

        if (events.Count > 0)
        {
            Enqueue(events);
            await StoreOrGiveWay("could not be stored", "Retry the command.");
            _storedSummary = new StoredSummary(events[^1].Sequence, events[^1].Summary);
            // Counted only once stored: a failed write is retried by the caller and must not count twice.
            metrics.Record(events);
            // The outbox just stored may hold nothing more for a department left earlier: it can forget, at no write.
            await ReleaseDepartedViews();
            await DeliverOutbox();
        }
        else if (MayBeStale())
        {
            // Nothing to write, yet the caller gets this copy's view (a deadline check decides on it).
            await (_fence ??= Fence());
        }
        await AimReminder(now);
        return _complaint.ToView(now);
    }

    private void Enqueue(IReadOnlyList<ComplaintEvent> events)
    {
        var outbox = new Outbox(state.State.Outbox);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Kind == ComplaintEventKind.Escalated)
                GrainLog.Escalated(logger, e.ComplaintId, e.Clock, e.Level);
            outbox.Add(DeliveryTarget.Customer, e.Summary.CustomerId, e);
            outbox.Add(DeliveryTarget.Department, e.Summary.DepartmentId, e);
            if (e.PreviousDepartmentId is { } previous && previous != e.Summary.DepartmentId)
                outbox.Add(DeliveryTarget.Department, previous, e);
            if (!webhooks.HasSubscriptions)
                continue;
            foreach (var queue in webhooks.QueuesFor(e))
                outbox.Add(DeliveryTarget.Webhook, queue, e);
        }
    }

    /// <summary>
    /// Sends every pending event to its view, one call per view, in sequence order. Each view answers how far it has
    /// stored this complaint; entries up to there leave the outbox in memory (the next state write persists that), the
    /// rest stay and are redelivered by the retry timer until stored. Views ignore what they have already applied.
    /// </summary>
    private async Task DeliverOutbox()
    {
        if (state.State.Outbox.Count == 0)
            return;
        var outbox = new Outbox(state.State.Outbox);
        var batches = outbox.Batches();
        var deliveries = new Task<long>[batches.Count];
        for (var i = 0; i < batches.Count; i++)
            deliveries[i] = Send(batches[i]);
        try
        {
            await Task.WhenAll(deliveries);
        }
        catch
        {
            // Each failed delivery is logged below and stays in the outbox for the retry timer.
        }
        for (var i = 0; i < batches.Count; i++)
        {
            var stored = Stored(deliveries[i], batches[i]);
            outbox.Acknowledge(batches[i].Target, batches[i].TargetId, stored);
            if (batches[i].Target == DeliveryTarget.Department)
                _departed.Acknowledged(batches[i].TargetId, batches[i].Events, stored);
        }
        // A closed complaint has no next command whose write would store the shorter outbox: it releases its department
        // now, so the department forgets it within seconds rather than while it stays active. This writes only if the
        // stored outbox holds more for that department than the close, which changes nothing there if redelivered.
        if (state.State.Status == ComplaintStatus.Closed)
            await ReleaseDepartedViews();
        if (state.State.Outbox.Count > 0)
            EnsureRetryTimer();
    }

    /// <summary>
    /// Tells each department this complaint has left, and whose view has stored all of it, that it may forget the
    /// complaint; first stores the outbox if the stored one still holds an event for such a department that would
    /// change its view, so a later activation cannot redeliver it once the view no longer remembers. A failure only
    /// means the view remembers until its fallback.
    /// Runs after a command's write, when a closed complaint's department has stored it, and on idle deactivation.
    /// </summary>
    private async Task ReleaseDepartedViews()
    {
        if (!_departed.Any)
            return;
        var releasable = _departed.Releasable(state.State.Outbox);
        if (releasable.Count == 0)
            return;
        try
        {
            if (NeedsStoredOutbox(releasable))
            {
                await state.WriteStateAsync();
                _wroteSinceActivation = true;
                OutboxStored();
            }
            foreach (var (departmentId, sequence) in releasable)
                await Receivers.Department(departmentId).ReleaseDeparted(_id, sequence);
            _departed.Released(releasable);
        }
        catch (Exception ex)
        {
            GrainLog.ReleaseFailed(logger, ex, _id);
        }
    }

    /// <summary>
    /// Whether this copy must write before it answers a read: activated around a silo's death, and not written since.
    /// Only a filed complaint: a read of an id never filed must not store one.
    /// </summary>
    private bool MayBeStale() => !_wroteSinceActivation && state.State.Filed && siloDeaths.FenceRequired(_activatedAt);

    /// <summary>
    /// Stores this copy's state as it is, so an older copy on a silo declared dead can no longer store a step over it.
    /// Refused when such a copy already has: then this one is stale, and goes, so the caller's retry reads what is stored
    /// (and every read waiting on this write is refused too).
    /// </summary>
    private Task Fence() => StoreOrGiveWay("may have changed on a silo that was declared dead", "Retry.");

    /// <summary>
    /// Writes the state; when that fails, memory may be ahead of storage (or behind another copy's write), so this copy
    /// deactivates and the caller is told to retry, which reads what is stored.
    /// </summary>
    private async Task StoreOrGiveWay(string failure, string advice)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            // The database's own exception types may not cross to the caller (they are not Orleans-serializable),
            // and the caller needs one thing from them: nothing landed here, retry.
            GrainLog.WriteFailed(logger, ex, _id);
            this.DeactivateOnIdle();
            throw new ComplaintGridUnavailableException(
                $"Complaint {_id} {failure} ({ex.GetType().Name}); its stored state is reloaded. {advice}");
        }
        _wroteSinceActivation = true;
        OutboxStored();
    }

    /// <summary>The outbox in memory is what storage holds: notes which departments it holds events for that matter to them.</summary>
    private void OutboxStored()
    {
        _storedOutboxNeededBy = null;
        foreach (var p in state.State.Outbox)
        {
            if (p.Target == DeliveryTarget.Department && !DepartmentQueue.HarmlessAfterRelease(p.Event, p.TargetId))
                (_storedOutboxNeededBy ??= new HashSet<string>(StringComparer.Ordinal)).Add(p.TargetId);
        }
    }

    /// <summary>Whether a releasable department could still be redelivered, from storage, an event that would change its view.</summary>
    private bool NeedsStoredOutbox(IReadOnlyList<(string DepartmentId, long Sequence)> releasable)
    {
        if (_storedOutboxNeededBy is null)
            return false;
        foreach (var (departmentId, _) in releasable)
        {
            if (_storedOutboxNeededBy.Contains(departmentId))
                return true;
        }
        return false;
    }

    /// <summary>Calls the view; a call that fails before it is sent fails its task, like one that fails on the way.</summary>
    private Task<long> Send(OutboxBatch batch)
    {
        try
        {
            return Receivers.For(batch.Target, batch.TargetId).Apply(batch.Events);
        }
        catch (Exception ex)
        {
            return Task.FromException<long>(ex);
        }
    }

    /// <summary>The sequence a view answered it has stored, or 0 when its delivery failed (logged; the outbox keeps it).</summary>
    /// <remarks>The calls are awaited together rather than each in an async wrapper: two state machines less per event.</remarks>
    private long Stored(Task<long> delivery, OutboxBatch batch)
    {
        if (delivery.IsCompletedSuccessfully)
            return delivery.Result;
        var ex = delivery.Exception?.InnerException ?? new TaskCanceledException(delivery);
        GrainLog.DeliveryFailed(logger, ex, _id, batch.Events.Count, batch.Target.ToString(), batch.TargetId);
        return 0;
    }

    /// <summary>
    /// Keeps one reminder at or before the next escalation point; writes to the reminder table only when that point
    /// comes earlier than the reminder, or the reminder is not known (<see cref="ReminderAim"/>).
    /// </summary>
    private async Task AimReminder(DateTimeOffset now)
    {
        var next = _complaint.NextEscalationAt();
        var move = ReminderAim.Decide(_reminderKnown, _reminderAimedAt, next);
        if (move == ReminderMove.Keep)
            return;
        try
        {
            if (move == ReminderMove.AimAtNext)
            {
                var dueIn = next!.Value - now;
                // A point already passed is checked at once; Orleans needs a positive due time.
                if (dueIn < TimeSpan.FromSeconds(1))
                    dueIn = TimeSpan.FromSeconds(1);
                _reminder = await this.RegisterOrUpdateReminder(EscalationReminder, dueIn, options.Value.ReminderRetryPeriod);
                _reminderAimedAt = next;
            }
            else
            {
                await UnregisterEscalationReminder();
                _reminderAimedAt = null;
            }
            _reminderKnown = true;
        }
        catch (Exception ex)
        {
            GrainLog.ReminderFailed(logger, ex, _id);
            _reminderKnown = false;
            EnsureRetryTimer();
        }
    }

    private async Task UnregisterEscalationReminder()
    {
        // The handle from aiming it saves a read of the reminder table; after a reactivation, or a failure (a stale
        // handle), it is looked up.
        var reminder = _reminder ?? await this.GetReminder(EscalationReminder);
        _reminder = null;
        if (reminder is not null)
            await this.UnregisterReminder(reminder);
    }

    private void EnsureRetryTimer()
    {
        if (_retryTimer is not null)
            return;
        var period = options.Value.DeliveryRetryPeriod;
        _retryTimer = this.RegisterGrainTimer(RetryPendingWork, new GrainTimerCreationOptions(period, period) { Interleave = false });
    }

    private async Task RetryPendingWork(CancellationToken cancellationToken)
    {
        await DeliverOutbox();
        if (state.State.Filed)
            await AimReminder(clock.GetUtcNow());
        if (state.State.Outbox.Count == 0 && _reminderKnown)
        {
            _retryTimer?.Dispose();
            _retryTimer = null;
        }
    }
}

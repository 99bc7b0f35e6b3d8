using ComplaintGrid.Delivery;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Incidents;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Duplicates;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Grains.Duplicates;
using ComplaintGrid.Grains.History;
using ComplaintGrid.Grains.Incidents;
using ComplaintGrid.Grains.Ids;
using ComplaintGrid.Grains.StaleCopies;
using ComplaintGrid.History;
using ComplaintGrid.Hosting;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains;

/// <summary>
/// Owns one complaint's state and time: runs each command through <see cref="Complaint"/>, writes the state
/// (with its outbox) before answering, and keeps one reminder at or before the next escalation point. What goes to the
/// views, when, and what is released or fenced is decided by <see cref="OutboxDelivery"/>; this grain carries it out
/// (<see cref="IViewDeliveryPort"/>) with calls to the view grains, writes of its state and one retry timer. It tells a
/// customer view that activates what it has stored (<see cref="IComplaintSummarySource"/>), so that view need not store
/// every step.
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
    ComplaintHistory history,
    IOptions<IncidentOptions> incidents,
    ILogger<ComplaintGrain> logger) : Grain, IComplaintGrain, IComplaintSummarySource, IComplaintErasure, IRemindable, IViewDeliveryPort,
    IDuplicateLinks, IIncidentMemberGrain
{
    private const string EscalationReminder = "escalation";

    // The key decoded once: GetPrimaryKeyString builds a new string from the grain id on every call.
    private string _id = null!;

    private Complaint _complaint = null!;
    private OutboxDelivery _delivery = null!;
    private bool _reminderKnown;
    private DateTimeOffset? _reminderAimedAt;
    private IGrainReminder? _reminder;
    private IGrainTimer? _retryTimer;
    private DeliveryReceivers? _receivers;

    // When this copy was activated, on SiloDeaths' clock: whether it must fence before a read (StaleCopyFence).
    private TimeSpan _activatedAt;

    // What storage holds of this complaint for views: memory runs ahead of it while a command's write is in flight.
    private StoredSummary? _storedSummary;

    private DeliveryReceivers Receivers => _receivers ??= new DeliveryReceivers(GrainFactory);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _id = this.GetPrimaryKeyString();
        _activatedAt = siloDeaths.Now;
        _complaint = new Complaint(state.State, rules);
        if (state.State.Filed)
            _storedSummary = new StoredSummary(state.State.Sequence, _complaint.Summary());
        _delivery = new OutboxDelivery(state.State, webhooks, this, history.Enabled);
        _delivery.Activated();
        // Closed before retention was on, or while its reminder was lost: the retry timer aims the reminder at the erasure.
        if (state.State.Filed && state.State.Status == ComplaintStatus.Closed && rules.Retention.ErasureDueAt(state.State) is not null)
            ScheduleRetry();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Only a routine deactivation: after a failed write the memory is ahead of storage and must not be written,
        // and at shutdown every complaint writing once would slow the silo's exit (the views' one-day fallback covers it).
        if (reason.ReasonCode is not (DeactivationReasonCode.ActivationIdle or DeactivationReasonCode.HighMemoryPressure))
            return;
        await _delivery.ReleaseDepartedViews();
    }

    public async Task<ComplaintView> File(FileComplaint command)
    {
        var secret = await idKey.Get();
        var tier = await ValueTierAtFiling(command);
        var primary = await PrimaryAtFiling(command);
        var filedBefore = state.State.Filed;
        var view = await Execute(now => _complaint.File(_id, command, now, c => ComplaintIds.For(c.CustomerId, c.IdempotencyKey, secret), tier, primary));
        if (state.State.DuplicateOf is { } linked && state.State.Outcome != CloseOutcome.Duplicate)
            await TellPrimary(linked);
        if (!filedBefore && incidents.Value.Enabled)
            ObserveForIncidents(view);
        return view;
    }

    /// <summary>Tells incident detection of a first filing, one-way: filing never waits on it, nor fails with it.</summary>
    private void ObserveForIncidents(ComplaintView view)
    {
        var filing = new IncidentFiling(view.Id, view.DepartmentId, view.Category, view.Reference, view.Description,
            Domain.Text.TextFingerprint.Of(view.Description), view.FiledAt);
        GrainFactory.GetGrain<IIncidentDetectorGrain>(filing.DetectorKey).Observe(filing)
            .ContinueWith(t => IncidentLog.ObserveFailed(logger, t.Exception!, _id), CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Current);
    }

    public Task<ComplaintView> JoinIncident(string incidentId, string actor, string? reason) =>
        Execute(now => _complaint.JoinIncident(incidentId, actor, reason, now));

    /// <summary>
    /// The earlier complaint this filing duplicates, asked of the customer's view (which sees every complaint of the
    /// customer) only on a first filing. A view that cannot answer files the complaint without a link rather than refusing it.
    /// </summary>
    private async Task<string?> PrimaryAtFiling(FileComplaint command)
    {
        if (state.State.Filed || command is null)
            return null;
        // An invalid filing is refused below; the view must not remember it.
        CommandValidator.Validate(command);
        try
        {
            var primary = await GrainFactory.GetGrain<ICustomerViewGrain>(command.CustomerId).LinkDuplicate(DuplicateProbe.Of(_id, command));
            if (primary is not null)
                DuplicateLog.Linked(logger, _id, primary);
            return primary;
        }
        catch (Exception ex)
        {
            DuplicateLog.DetectionFailed(logger, ex, _id);
            return null;
        }
    }

    /// <summary>Tells the primary it has this duplicate; a retried filing tells it again, so a failure is only logged.</summary>
    private async Task TellPrimary(string primaryId)
    {
        try
        {
            await GrainFactory.GetGrain<IDuplicateLinks>(primaryId).AcceptDuplicate(_id, Complaint.SystemActor);
        }
        catch (Exception ex)
        {
            DuplicateLog.PrimaryNotTold(logger, ex, _id, primaryId);
        }
    }

    public async Task<ComplaintView> MergeDuplicates(MergeDuplicates command)
    {
        CommandValidator.Validate(command);
        _complaint.RequireFiled();
        var ids = command.Duplicates;
        var asks = new Task<StoredSummary?>[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            asks[i] = string.Equals(ids[i], _id, StringComparison.Ordinal)
                ? Task.FromResult<StoredSummary?>(null)
                : GrainFactory.GetGrain<IComplaintSummarySource>(ids[i]).GetStoredSummary();
        }
        var found = await Task.WhenAll(asks);
        // Every id is checked before any complaint changes.
        var toClose = DuplicateMerge.Check(_complaint.Summary(), ids, found.Select(f => f?.Summary).ToArray());
        await Task.WhenAll(toClose.Select(id => GrainFactory.GetGrain<IDuplicateLinks>(id).CloseAsDuplicate(_id, command.Actor, command.Reason)));
        var view = await Execute(now =>
        {
            var events = new List<ComplaintEvent>();
            foreach (var id in ids)
                events.AddRange(_complaint.AcceptDuplicate(id, command.Actor, now));
            return events;
        });
        DuplicateLog.Merged(logger, _id, toClose.Count);
        return view;
    }

    Task IDuplicateLinks.AcceptDuplicate(string duplicateId, string actor) => Execute(now => _complaint.AcceptDuplicate(duplicateId, actor, now));

    Task IDuplicateLinks.CloseAsDuplicate(string primaryId, string actor, string? reason) =>
        Execute(now => _complaint.CloseAsDuplicate(primaryId, actor, reason, now));

    /// <summary>
    /// The customer's tier, asked of their view only when tiers have entitlements and this is a first filing (a retry
    /// keeps what was filed). A view that cannot answer files the complaint without an entitlement rather than refusing it.
    /// </summary>
    private async Task<ValueTier> ValueTierAtFiling(FileComplaint command)
    {
        if (!rules.Clocks.HasTierEntitlements || state.State.Filed || command?.CustomerId is not { Length: > 0 } customerId)
            return ValueTier.Unknown;
        try
        {
            return await GrainFactory.GetGrain<ICustomerViewGrain>(customerId).ValueTier();
        }
        catch (Exception ex)
        {
            GrainLog.ValueTierUnknown(logger, ex, _id);
            return ValueTier.Unknown;
        }
    }

    public Task<ComplaintView> Get() =>
        MayBeStale() ? FencedGet() : Task.FromResult(_complaint.ToView(clock.GetUtcNow()));

    private async Task<ComplaintView> FencedGet()
    {
        await _delivery.Fence();
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

    public async Task<bool> ErasePersonalData(ErasePersonalData command)
    {
        var erased = false;
        await Execute(now =>
        {
            var events = _complaint.ErasePersonalData(command, now);
            erased = events.Count > 0;
            return events;
        });
        return erased;
    }

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
            LogEscalations(events);
            _delivery.Enqueue(events);
            await StoreOrGiveWay("could not be stored", "Retry the command.");
            _storedSummary = new StoredSummary(events[^1].Sequence, events[^1].Summary);
            // Counted only once stored: a failed write is retried by the caller and must not count twice.
            metrics.Record(events);
            // The outbox just stored may hold nothing more for a department left earlier: it can forget, at no write.
            await _delivery.ReleaseDepartedViews();
            await _delivery.Deliver();
        }
        else if (MayBeStale())
        {
            // Nothing to write, yet the caller gets this copy's view (a deadline check decides on it).
            await _delivery.Fence();
        }
        await AimReminder(now);
        return _complaint.ToView(now);
    }

    private void LogEscalations(IReadOnlyList<ComplaintEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Kind == ComplaintEventKind.Escalated)
                GrainLog.Escalated(logger, e.ComplaintId, e.Clock, e.Level);
            else if (e.Kind == ComplaintEventKind.PersonalDataErased)
                GrainLog.PersonalDataErased(logger, e.ComplaintId);
        }
    }

    /// <summary>Whether this copy must write before it answers a read (<see cref="OutboxDelivery.MustFence"/>).</summary>
    private bool MayBeStale() => _delivery.MustFence(siloDeaths.FenceRequired(_activatedAt));

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
        _delivery.Stored();
    }

    /// <summary>
    /// Keeps one reminder at or before the next escalation point (or a closed complaint's retention point); writes to the reminder table only when that point
    /// comes earlier than the reminder, or the reminder is not known (<see cref="ReminderAim"/>).
    /// </summary>
    private async Task AimReminder(DateTimeOffset now)
    {
        var next = _complaint.NextReminderAt();
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
            ScheduleRetry();
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

    /// <summary>Keeps one timer that redelivers the outbox and re-aims the reminder until neither has anything left to do.</summary>
    private void ScheduleRetry()
    {
        if (_retryTimer is not null)
            return;
        var period = options.Value.DeliveryRetryPeriod;
        _retryTimer = this.RegisterGrainTimer(RetryPendingWork, new GrainTimerCreationOptions(period, period) { Interleave = false });
    }

    private async Task RetryPendingWork(CancellationToken cancellationToken)
    {
        await _delivery.Deliver();
        if (state.State.Filed)
            await AimReminder(clock.GetUtcNow());
        if (!_delivery.HasPending && _reminderKnown)
        {
            _retryTimer?.Dispose();
            _retryTimer = null;
        }
    }

    /// <remarks>
    /// The history gets the complaint's row with its events, built from the state in memory: deliveries run only after
    /// a command's write and on the non-interleaving retry timer, so memory is then what storage holds. Its text is read
    /// here rather than carried in every event.
    /// </remarks>
    Task<long> IViewDeliveryPort.Deliver(DeliveryTarget target, string targetId, IReadOnlyList<ComplaintEvent> events) =>
        target == DeliveryTarget.History
            ? GrainFactory.GetGrain<IHistoryProjectorGrain>(targetId).Project(ComplaintHistoryRecords.From(state.State), events)
            : Receivers.For(target, targetId).Apply(events);

    Task IViewDeliveryPort.Release(string departmentId, long storedSequence) =>
        Receivers.Department(departmentId).ReleaseDeparted(_id, storedSequence);

    Task IViewDeliveryPort.Store() => state.WriteStateAsync();

    /// <summary>
    /// Stores this copy's state as it is, so an older copy on a silo declared dead can no longer store a step over it.
    /// Refused when such a copy already has: then this one is stale, and goes, so the caller's retry reads what is stored
    /// (and every read waiting on this write is refused too).
    /// </summary>
    Task IViewDeliveryPort.Fence() => StoreOrGiveWay("may have changed on a silo that was declared dead", "Retry.");

    void IViewDeliveryPort.ScheduleRetry() => ScheduleRetry();

    void IViewDeliveryPort.DeliveryFailed(DeliveryTarget target, string targetId, int count, Exception exception) =>
        GrainLog.DeliveryFailed(logger, exception, _id, count, target.ToString(), targetId);

    void IViewDeliveryPort.ReleaseFailed(Exception exception) => GrainLog.ReleaseFailed(logger, exception, _id);
}

using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Holds;
using ComplaintGrid.Domain.Privacy;
using NodaTime;

namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>
/// The rules of one complaint over its <see cref="ComplaintState"/>. Every command first checks its input
/// and the lifecycle without touching the state, so a refused command changes nothing; then it escalates
/// whatever fell due, applies itself and returns the events it produced, numbered in sequence.
/// </summary>
public sealed partial class Complaint
{
    private readonly ComplaintState state;
    private readonly ComplaintRules rules;

    public Complaint(ComplaintState state, ComplaintRules rules)
    {
        this.state = state;
        this.rules = rules;
        BindCalendar();
    }

    /// <summary>Actor recorded for steps the system takes by itself.</summary>
    public const string SystemActor = ReservedActors.System;

    /// <summary>Actor recorded for the filing itself (the channel is in the detail).</summary>
    public const string IntakeActor = ReservedActors.Intake;

    /// <summary>Actor recorded for the customer's own feedback.</summary>
    public const string CustomerActor = ReservedActors.Customer;

    public ComplaintState State => state;

    /// <summary>
    /// The door the command being run came through, recorded on its timeline entries; steps the system takes by itself
    /// (escalations, reopening) are recorded as <see cref="ActOrigin.System"/> whoever triggered them.
    /// </summary>
    public ActOrigin Origin { get; set; } = ActOrigin.ClusterClient;

    /// <summary>
    /// Files the complaint under <paramref name="id"/>, which must be the id this deployment gives the filing
    /// (<paramref name="idFor"/>, keyed with its secret), or the unkeyed id of a complaint filed before ids were keyed
    /// when that filing is retried. <paramref name="tier"/> is the customer's value tier, for the allowances it entitles.
    /// </summary>
    public IReadOnlyList<ComplaintEvent> File(string id, FileComplaint c, DateTimeOffset now, Func<FileComplaint, string> idFor,
        ValueTier tier = ValueTier.Unknown)
    {
        ArgumentNullException.ThrowIfNull(idFor);
        CommandValidator.Validate(c);
        if (!string.Equals(id, idFor(c), StringComparison.Ordinal) && !IsFiledUnder(id, c))
        {
            throw new ComplaintGridException(ErrorCodes.IdMismatch, "idempotencyKey",
                "This complaint id is not the one given to this customer and idempotency key; file through the API, the client or the intake grain, and read the id from the answer.");
        }
        if (state.Filed)
        {
            // A retried filing after an erasure matches what is left of the first: it must not bring the texts back.
            if (state.Record == c || (state.PersonalDataErasedAt is not null && state.Record == PersonalDataEraser.Erase(c)))
                return [];
            throw new ComplaintGridException(ErrorCodes.IdempotencyConflict, "idempotencyKey",
                "This idempotency key already filed a different complaint for this customer; use a new key for a new complaint.");
        }

        var department = rules.Routing.DepartmentFor(c.Category);
        var (allowances, entitlement) = rules.Clocks.AllowancesFor(department, c.Severity, tier);
        state.Filed = true;
        state.Id = id;
        state.Record = c;
        state.Priority = c.Severity;
        state.Status = ComplaintStatus.Received;
        state.DepartmentId = department;
        state.FiledAt = now;
        state.FirstResponse = DeadlineClock.Create(ClockKind.FirstResponse, allowances.FirstResponse);
        state.CustomerUpdate = DeadlineClock.Create(ClockKind.CustomerUpdate, allowances.CustomerUpdate);
        state.Resolution = DeadlineClock.Create(ClockKind.Resolution, allowances.Resolution);
        state.Entitlement = entitlement;
        state.CalendarName = rules.Clocks.CalendarFor(department, c.Severity)?.Name;
        BindCalendar();
        state.FirstResponse.Start(now);
        state.Resolution.Start(now);

        var events = new List<ComplaintEvent>();
        Emit(events, ComplaintEventKind.Filed, now, IntakeActor,
            $"Filed by {c.Channel}: {c.Category}, {c.Severity}; routed provisionally to {rules.Routing.NameOf(department)}.", customerFacing: false);
        return events;
    }

    // A complaint filed before ids were keyed answers a retry of its filing under its old id; no new one is filed there.
    private bool IsFiledUnder(string id, FileComplaint c) =>
        state.Filed && string.Equals(id, ComplaintIds.Unkeyed(c.CustomerId, c.IdempotencyKey), StringComparison.Ordinal);

    public IReadOnlyList<ComplaintEvent> CheckDeadlines(DateTimeOffset now)
    {
        RequireFiled();
        var events = new List<ComplaintEvent>();
        if (state.Status != ComplaintStatus.Closed)
            EscalateDue(now, events);
        else if (rules.Retention.ErasureDueAt(state) is { } due && due <= now)
        {
            // Recorded even when nothing was left to erase (the texts went before the close, which added none), so the
            // retention is done and the reminder goes.
            PersonalDataEraser.Erase(state);
            RecordErasure(SystemActor, now, events);
        }
        return events;
    }

    /// <summary>
    /// Erases every personal text (<see cref="PersonalDataEraser"/>), in the state and in undelivered events, and records
    /// it as a <see cref="ComplaintEventKind.PersonalDataErased"/> event, so every view blanks what it keeps. Idempotent:
    /// when an earlier erasure left nothing to erase, nothing is recorded.
    /// </summary>
    public IReadOnlyList<ComplaintEvent> ErasePersonalData(ErasePersonalData c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        RequireFiled();
        if (!PersonalDataEraser.Erase(state) && state.PersonalDataErasedAt is not null)
            return [];
        var events = new List<ComplaintEvent>();
        // As every command does; the texts are erased already, so the summaries these events carry are too.
        if (state.Status != ComplaintStatus.Closed)
            EscalateDue(now, events);
        RecordErasure(c.Actor, now, events);
        return events;
    }

    private void RecordErasure(string actor, DateTimeOffset now, List<ComplaintEvent> events)
    {
        state.PersonalDataErasedAt = now;
        Emit(events, ComplaintEventKind.PersonalDataErased, now, actor, "Personal texts erased.", customerFacing: false);
    }

    public IReadOnlyList<ComplaintEvent> Acknowledge(AcknowledgeComplaint c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.Acknowledge);

        return Apply(now, events =>
        {
            state.FirstResponse.Stop(now);
            state.AcknowledgedAt = now;
            state.Status = ComplaintStatus.Acknowledged;
            RestartUpdateClock(now);
            Emit(events, ComplaintEventKind.Acknowledged, now, c.Actor, c.Message, customerFacing: true);
        });
    }

    public IReadOnlyList<ComplaintEvent> Assess(AssessComplaint c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.Assess);

        return Apply(now, events =>
        {
            state.Classification = new Classification(c.Upheld, c.Type, c.Cause, c.OvertWants, c.UnderlyingWants ?? [], c.Explanation);
            state.Status = ComplaintStatus.Assessed;
            if (!c.Upheld)
                RestartUpdateClock(now);
            var detail = c.Upheld
                ? $"Upheld: {c.Type}, cause {c.Cause}."
                : $"Not upheld ({c.Type}, cause {c.Cause}): {c.Explanation}";
            Emit(events, ComplaintEventKind.Assessed, now, c.Actor, detail, customerFacing: !c.Upheld);
        });
    }

    public IReadOnlyList<ComplaintEvent> Route(RouteComplaint c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.Route);
        if (state.Status == ComplaintStatus.Assessed && state.Classification is { Upheld: false })
            throw Guard("status", "A complaint that is not upheld is closed with its explanation, not routed.");
        var target = c.DepartmentId ?? rules.Routing.DepartmentFor(state.Record!.Category);
        RequireKnownDepartment("departmentId", target);

        return Apply(now, events =>
        {
            var previous = state.DepartmentId;
            var moved = !string.Equals(previous, target, StringComparison.Ordinal);
            // The first routing confirms or corrects the provisional department; after a reopen, a move is a hand-off.
            if (moved)
                state.OwnerAgentId = null;
            state.DepartmentId = target;
            if (moved)
                MoveClocks(now);
            var handOff = moved && state.Status == ComplaintStatus.Reopened;
            if (handOff)
                state.HandOffCount++;
            state.Status = ComplaintStatus.Assigned;
            Emit(events, handOff ? ComplaintEventKind.HandedOff : ComplaintEventKind.Routed, now, c.Actor,
                $"Routed to {rules.Routing.NameOf(target)}." + (IsPingPong(state.HandOffCount) && handOff ? $" Ping-pong: passed on {state.HandOffCount} times." : ""),
                customerFacing: false, previousDepartmentId: moved ? previous : null);
        });
    }

    public IReadOnlyList<ComplaintEvent> HandOff(HandOffComplaint c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.HandOff);
        if (string.Equals(c.ToDepartmentId, state.DepartmentId, StringComparison.Ordinal))
            throw Guard("toDepartmentId", $"The complaint is already with {state.DepartmentId}; a hand-off needs another department.");
        RequireKnownDepartment("toDepartmentId", c.ToDepartmentId);

        return Apply(now, events =>
        {
            var previous = state.DepartmentId;
            state.HandOffCount++;
            state.DepartmentId = c.ToDepartmentId;
            MoveClocks(now);
            state.OwnerAgentId = null;
            state.Status = ComplaintStatus.Assigned;
            var detail = $"Handed off from {rules.Routing.NameOf(previous)} to {rules.Routing.NameOf(c.ToDepartmentId)}: {c.Reason}";
            if (IsPingPong(state.HandOffCount))
                detail += $" Ping-pong: passed on {state.HandOffCount} times.";
            Emit(events, ComplaintEventKind.HandedOff, now, c.Actor, detail, customerFacing: false, previousDepartmentId: previous);
        });
    }

    public IReadOnlyList<ComplaintEvent> StartInvestigation(StartInvestigation c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.StartInvestigation);

        return Apply(now, events =>
        {
            state.OwnerAgentId = c.OwnerAgentId;
            state.Status = ComplaintStatus.Investigating;
            Emit(events, ComplaintEventKind.InvestigationStarted, now, c.Actor, $"Investigation owned by {c.OwnerAgentId}.", customerFacing: false);
        });
    }

    public IReadOnlyList<ComplaintEvent> RecordInvestigation(RecordInvestigation c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.RecordInvestigation);
        if (state.Record!.Category == Category.ProductQuality && c.EightD is null)
        {
            throw new ComplaintGridException(ErrorCodes.EightDRequired, "eightD",
                "eightD is required for product-quality complaints: team, problem, containment, root cause and corrective action.");
        }

        return Apply(now, events =>
        {
            state.Investigation = new InvestigationRecord(c.RootCause, c.AccountableOwner, c.EightD);
            Emit(events, ComplaintEventKind.InvestigationRecorded, now, c.Actor,
                $"Root cause: {c.RootCause} Accountable: {c.AccountableOwner}.", customerFacing: false);
        });
    }

    public IReadOnlyList<ComplaintEvent> ProposeRemedy(ProposeRemedy c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.ProposeRemedy);
        if (state.Investigation is null)
            throw Guard("investigation", "Record the root cause and accountable owner (RecordInvestigation) before proposing a remedy.");

        return Apply(now, events =>
        {
            // Decided after escalation: a breach just now may have raised the priority to critical.
            var needsApproval = rules.Approval.RequiresApproval(state.Priority, c.Kind, c.Amount);
            state.Remedy = new RemedyRecord(c.Kind, c.Amount, c.Description, c.Actor, now, needsApproval);
            state.Approval = null;
            state.Status = needsApproval ? ComplaintStatus.AwaitingApproval : ComplaintStatus.RemedyProposed;
            var amount = c.Amount is { } a ? $" of {a:0.00}" : "";
            var detail = $"Proposed {c.Kind}{amount}: {c.Description}" + (needsApproval ? " Needs supervisor approval." : "");
            Emit(events, ComplaintEventKind.RemedyProposed, now, c.Actor, detail, customerFacing: false);
        });
    }

    public IReadOnlyList<ComplaintEvent> ApproveRemedy(ApproveRemedy c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.ApproveRemedy);
        RequireSecondPerson(c.Supervisor);

        return Apply(now, events =>
        {
            state.Approval = new ApprovalRecord(c.Supervisor, Approved: true, c.Note, now);
            state.Status = ComplaintStatus.Implementing;
            Emit(events, ComplaintEventKind.RemedyApproved, now, c.Supervisor, "Remedy approved." + (c.Note is null ? "" : " " + c.Note), customerFacing: false);
        });
    }

    public IReadOnlyList<ComplaintEvent> RejectRemedy(RejectRemedy c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.RejectRemedy);
        RequireSecondPerson(c.Supervisor);

        return Apply(now, events =>
        {
            state.Approval = new ApprovalRecord(c.Supervisor, Approved: false, c.Reason, now);
            state.Status = ComplaintStatus.Investigating;
            Emit(events, ComplaintEventKind.RemedyRejected, now, c.Supervisor, $"Remedy rejected: {c.Reason}", customerFacing: false);
        });
    }

    public IReadOnlyList<ComplaintEvent> StartImplementation(StartImplementation c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.StartImplementation);

        return Apply(now, events =>
        {
            state.Status = ComplaintStatus.Implementing;
            Emit(events, ComplaintEventKind.ImplementationStarted, now, c.Actor, $"Implementing {state.Remedy!.Kind}.", customerFacing: false);
        });
    }

    public IReadOnlyList<ComplaintEvent> Resolve(ResolveComplaint c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.Resolve);

        return Apply(now, events =>
        {
            state.Resolution.Stop(now);
            state.CustomerUpdate.Stop(now);
            state.ResolvedAt = now;
            state.Status = ComplaintStatus.Resolved;
            Emit(events, ComplaintEventKind.Resolved, now, c.Actor, c.CustomerMessage, customerFacing: true);
        });
    }

    public IReadOnlyList<ComplaintEvent> RecordFeedback(RecordFeedback c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.RecordFeedback);

        return Apply(now, events =>
        {
            state.Feedback = new FeedbackRecord(c.Satisfied, c.Comment, now);
            var said = c.Comment is null ? "" : $": {c.Comment}";
            Emit(events, ComplaintEventKind.FeedbackRecorded, now, CustomerActor,
                (c.Satisfied ? "Customer satisfied" : "Customer not satisfied") + said, customerFacing: false);
            if (c.Satisfied)
                return;

            state.ReopenCount++;
            var told = Escalate(null, EscalationLadder.StepUp(state.EscalationLevel), now);
            state.Resolution.Continue(now);
            state.ResolvedAt = null;
            state.Status = ComplaintStatus.Reopened;
            RestartUpdateClock(now);
            Emit(events, ComplaintEventKind.Reopened, now, SystemActor,
                $"Reopened ({state.ReopenCount}); escalation raised to {state.EscalationLevel}.", customerFacing: true, recipients: told);
        });
    }

    public IReadOnlyList<ComplaintEvent> Close(CloseComplaint c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.Close);
        var notUpheld = state.Status == ComplaintStatus.Assessed;
        if (notUpheld && state.Classification is { Upheld: true })
            throw Guard("status", "An upheld complaint is closed after it is resolved; route it to its department.");
        if (!notUpheld)
            RequireEvaluation(c);

        return Apply(now, events =>
        {
            foreach (var clock in state.Clocks)
                clock.Stop(now);
            state.Outcome = notUpheld ? CloseOutcome.NotUpheld : CloseOutcome.Resolved;
            state.Evaluation = new EvaluationRecord(c.Lessons, c.PreventionAction, c.Verification, c.Actor, now);
            if (state.Investigation?.EightD is { } eightD)
            {
                state.Investigation = state.Investigation with
                {
                    EightD = eightD with
                    {
                        Verification = eightD.Verification ?? c.Verification,
                        Prevention = eightD.Prevention ?? c.PreventionAction,
                    },
                };
            }
            state.ClosedAt = now;
            state.Status = ComplaintStatus.Closed;
            var detail = notUpheld
                ? $"Closed, not upheld: {state.Classification!.Explanation}"
                : $"Closed, resolved. Lessons: {c.Lessons} Prevention: {c.PreventionAction}";
            Emit(events, ComplaintEventKind.Closed, now, c.Actor, detail, customerFacing: notUpheld);
        });
    }

    public IReadOnlyList<ComplaintEvent> PutOnHold(PutOnHold c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.PutOnHold);

        return Apply(now, events =>
        {
            state.HeldFrom = state.Status;
            state.Status = ComplaintStatus.OnHold;
            // Asking the customer for something is itself an update; the new run starts paused.
            RestartUpdateClock(now);
            foreach (var clock in state.Clocks)
                clock.Pause(now);
            state.HoldExpiresAt = now + rules.Holds.LongestFor(state.Record!.Severity);
            Emit(events, ComplaintEventKind.PutOnHold, now, c.Actor, $"On hold, waiting on the customer: {c.Reason}", customerFacing: true);
        });
    }

    public IReadOnlyList<ComplaintEvent> Resume(ResumeComplaint c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.Resume);

        return Apply(now, events =>
        {
            // The hold ran out before this command came in and has resumed the complaint already (HoldExpired).
            if (state.Status != ComplaintStatus.OnHold)
                return;
            foreach (var clock in state.Clocks)
                clock.Resume(now);
            state.Status = state.HeldFrom ?? ComplaintStatus.Acknowledged;
            state.HeldFrom = null;
            state.HoldExpiresAt = null;
            Emit(events, ComplaintEventKind.Resumed, now, c.Actor, $"Resumed as {state.Status}.", customerFacing: false);
        });
    }

    public IReadOnlyList<ComplaintEvent> InformCustomer(InformCustomer c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.InformCustomer);

        return Apply(now, events =>
        {
            RestartUpdateClock(now);
            Emit(events, ComplaintEventKind.CustomerInformed, now, c.Actor, c.Message, customerFacing: true);
        });
    }

    public IReadOnlyList<ComplaintEvent> RequestEscalation(RequestEscalation c, DateTimeOffset now)
    {
        CommandValidator.Validate(c);
        Require(ComplaintAction.RequestEscalation);

        return Apply(now, events =>
        {
            var told = Escalate(null, EscalationLadder.StepUp(state.EscalationLevel), now);
            Emit(events, ComplaintEventKind.EscalationRequested, now, c.RequestedBy,
                $"Escalation requested ({state.EscalationLevel}): {c.Reason}", customerFacing: false, level: state.EscalationLevel, recipients: told);
        });
    }

    /// <summary>When the next escalation point falls across the three clocks, if any clock is running.</summary>
    public DateTimeOffset? NextEscalationAt()
    {
        if (!state.Filed || state.Status == ComplaintStatus.Closed)
            return null;
        DateTimeOffset? next = null;
        foreach (var clock in state.Clocks)
        {
            if (clock.NextEscalationAt() is { } at && (next is null || at < next))
                next = at;
        }
        return next;
    }

    /// <summary>While on hold: when the hold runs out and the complaint resumes by itself.</summary>
    public DateTimeOffset? HoldExpiresAt() => state.Status == ComplaintStatus.OnHold ? state.HoldExpiresAt : null;

    /// <summary>
    /// When the complaint's reminder must next fire: its next escalation point or the end of its hold, whichever comes
    /// first, or its texts' retention once closed.
    /// </summary>
    public DateTimeOffset? NextReminderAt()
    {
        DateTimeOffset? next = NextEscalationAt();
        if (HoldExpiresAt() is { } expiry && (next is null || expiry < next))
            next = expiry;
        return next ?? (state.Filed ? rules.Retention.ErasureDueAt(state) : null);
    }

    public static bool IsPingPong(int handOffCount) => handOffCount >= 2;

    /// <summary>The time zone due times are shown in: the department's calendar's, else the one the clocks count by.</summary>
    public DateTimeZone? TimeZone => (rules.Clocks.DepartmentCalendar(state.DepartmentId) ?? rules.Clocks.Calendar(state.CalendarName))?.Zone;

    // The clocks count by the calendar the state names; one no longer configured counts wall time.
    private void BindCalendar()
    {
        var calendar = rules.Clocks.Calendar(state.CalendarName);
        foreach (var clock in state.Clocks)
            clock.Calendar = calendar;
    }

    /// <summary>
    /// The complaint moved to another department: its calendar applies from now on (time so far stays as counted), and
    /// when so configured its allowances become the new department's, with the entitlement filed.
    /// </summary>
    private void MoveClocks(DateTimeOffset now)
    {
        var calendar = rules.Clocks.CalendarFor(state.DepartmentId, state.Record!.Severity);
        state.CalendarName = calendar?.Name;
        ClockAllowances? allowances = null;
        if (rules.Clocks.RecomputeOnHandOff)
        {
            // Only the entitlement filed applies: a customer filed without one does not gain one by moving.
            allowances = state.Entitlement is { } entitlement
                ? rules.Clocks.AllowancesFor(state.DepartmentId, state.Record.Severity, entitlement.Tier).Allowances
                : rules.Clocks.AllowancesFor(state.DepartmentId, state.Record.Severity);
        }
        foreach (var clock in state.Clocks)
        {
            clock.CountBy(calendar, now);
            if (allowances is not null)
                clock.Allowance = allowances.For(clock.Kind);
        }
    }

    private List<ComplaintEvent> Apply(DateTimeOffset now, Action<List<ComplaintEvent>> change)
    {
        var events = new List<ComplaintEvent>();
        EscalateDue(now, events);
        change(events);
        return events;
    }

    /// <summary>Raises every running clock to the level its elapsed time has reached, one event per level.</summary>
    private void EscalateDue(DateTimeOffset now, List<ComplaintEvent> events)
    {
        ExpireHold(now, events);
        foreach (var clock in state.Clocks)
        {
            if (!clock.IsRunning)
                continue;
            var reached = clock.LevelAt(now);
            while (clock.Level < reached)
            {
                clock.Level++;
                var alerted = EscalationLadder.Alerted(clock.Level);
                if (clock.Level == EscalationLevel.Breached)
                {
                    state.BreachCount++;
                    if (state.Priority < Severity.Critical)
                    {
                        state.Priority++;
                        alerted += $"; priority raised to {state.Priority}";
                    }
                }
                var told = Escalate(clock.Kind, clock.Level, now);
                var owner = state.OwnerAgentId ?? rules.Routing.NameOf(state.DepartmentId);
                Emit(events, ComplaintEventKind.Escalated, now, SystemActor,
                    $"{clock.Kind} {clock.Level} ({owner}): {alerted}.", customerFacing: false, clock: clock.Kind, level: clock.Level, recipients: told);
            }
        }
    }

    /// <summary>
    /// A hold past its longest resumes the complaint by itself, as a resume would, with the clocks running again from the
    /// moment it expired (a reminder that fires late costs the customer no time), and tells the team lead.
    /// </summary>
    private void ExpireHold(DateTimeOffset now, List<ComplaintEvent> events)
    {
        if (HoldExpiresAt() is not { } expiry || expiry > now)
            return;
        foreach (var clock in state.Clocks)
            clock.Resume(expiry);
        state.Status = state.HeldFrom ?? ComplaintStatus.Acknowledged;
        state.HeldFrom = null;
        state.HoldExpiresAt = null;
        // The team lead is who hears of a complaint at risk (docs/domain.md), and one left waiting too long is one.
        var told = rules.Contacts.For(state.DepartmentId, EscalationLevel.AtRisk, now);
        var longest = rules.Holds.LongestFor(state.Record!.Severity);
        Emit(events, ComplaintEventKind.HoldExpired, now, SystemActor,
            $"Hold expired after {HoldPolicy.Describe(longest)}, the longest for {state.Record.Severity}; resumed as {state.Status}; team lead alerted.",
            customerFacing: false, recipients: told);
    }

    /// <summary>
    /// Records an escalation attributed to whoever owns the complaint now, with whom it is sent to, and lifts the
    /// complaint's level.
    /// </summary>
    private IReadOnlyList<EscalationContact> Escalate(ClockKind? clock, EscalationLevel level, DateTimeOffset now)
    {
        var told = rules.Contacts.For(state.DepartmentId, level, now);
        state.Escalations.Add(new EscalationRecord(clock, level, now, state.DepartmentId, state.OwnerAgentId, told));
        if (level > state.EscalationLevel)
            state.EscalationLevel = level;
        return told;
    }

    /// <summary>The customer just heard from us: the update clock starts a new run (paused while on hold; none once resolved).</summary>
    private void RestartUpdateClock(DateTimeOffset now)
    {
        if (state.Status is ComplaintStatus.Resolved or ComplaintStatus.Closed)
            return;
        state.CustomerUpdate.Start(now);
        if (state.Status == ComplaintStatus.OnHold)
            state.CustomerUpdate.Pause(now);
    }

    private void Emit(
        List<ComplaintEvent> events, ComplaintEventKind kind, DateTimeOffset now, string actor, string detail, bool customerFacing,
        string? previousDepartmentId = null, ClockKind? clock = null, EscalationLevel? level = null,
        IReadOnlyList<EscalationContact>? recipients = null)
    {
        var sequence = ++state.Sequence;
        state.Timeline.Add(new TimelineEntry(sequence, now, actor, kind, detail, customerFacing, actor == SystemActor ? ActOrigin.System : Origin));
        events.Add(new ComplaintEvent(state.Id, sequence, kind, now, this.Summary(), previousDepartmentId, clock, level, recipients, this.Dues()));
    }

    /// <summary>Refuses with <see cref="ErrorCodes.NotFound"/> when no complaint has been filed under this id.</summary>
    public void RequireFiled()
    {
        if (!state.Filed)
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "No complaint has been filed with this id.");
    }

    private void Require(ComplaintAction action)
    {
        RequireFiled();
        ComplaintLifecycle.Require(action, state.Status);
    }

    private void RequireKnownDepartment(string field, string departmentId)
    {
        if (!rules.Routing.IsKnown(departmentId))
            throw new ComplaintGridException(ErrorCodes.UnknownDepartment, field, $"{field} '{departmentId}' is not a configured department.");
    }

    private void RequireSecondPerson(string supervisor)
    {
        if (string.Equals(supervisor, state.Remedy?.ProposedBy, StringComparison.Ordinal))
        {
            throw new ComplaintGridException(ErrorCodes.SamePersonApproval, "supervisor",
                "The supervisor deciding on a remedy must not be the person who proposed it.");
        }
    }

    private void RequireEvaluation(CloseComplaint c)
    {
        var check = new RuleCheck();
        if (string.IsNullOrWhiteSpace(c.Lessons))
            check.Fail(ErrorCodes.Required, "lessons", "lessons is required to close a resolved complaint: what did we learn?");
        if (string.IsNullOrWhiteSpace(c.PreventionAction))
            check.Fail(ErrorCodes.Required, "preventionAction", "preventionAction is required to close a resolved complaint: what stops it recurring?");
        if (state.Record!.Category == Category.ProductQuality && string.IsNullOrWhiteSpace(c.Verification)
            && string.IsNullOrWhiteSpace(state.Investigation?.EightD?.Verification))
        {
            check.Fail(ErrorCodes.Required, "verification", "verification is required to close a product-quality complaint (8D D6: how the correction was verified).");
        }
        check.ThrowIfAny();
    }

    private static ComplaintGridException Guard(string field, string message) =>
        new(ErrorCodes.TransitionGuard, field, message);
}

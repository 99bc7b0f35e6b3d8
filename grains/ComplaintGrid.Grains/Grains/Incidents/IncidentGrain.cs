using ComplaintGrid.Domain.Incidents;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains.Incidents;

/// <summary>
/// Owns one incident: its members, stored before it answers, and the acts on all of them at once. Each member's
/// steps go through its own complaint grain, so the lifecycle's rules hold for every one; every input is checked before
/// the first member is touched, so bad input changes nothing.
/// </summary>
internal sealed class IncidentGrain(
    [PersistentState("incident", ComplaintGridStorage.Name)] IPersistentState<IncidentState> state,
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    IOptions<IncidentOptions> options,
    ILogger<IncidentGrain> logger) : Grain, IIncidentGrain, IIncidentOpeningGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<IncidentView> Get()
    {
        RequireOpened();
        return Task.FromResult(View());
    }

    public async Task Add(string detectorKey, string title, string? reference, IReadOnlyList<IncidentFiling> members)
    {
        if (members.Count == 0)
            return;
        var s = state.State;
        if (!s.Opened)
        {
            s.Opened = true;
            s.DetectorKey = detectorKey;
            s.DepartmentId = members[0].DepartmentId;
            s.Category = members[0].Category;
            s.Title = title;
            s.Reference = reference;
            s.Status = IncidentStatus.Open;
            s.OpenedAt = members.Max(m => m.FiledAt);
        }
        var added = members.Where(m => !IsMember(m.ComplaintId))
            .Select(m => new IncidentMember(m.ComplaintId, m.DepartmentId, m.FiledAt)).ToArray();
        if (added.Length == 0)
            return;
        s.Members.AddRange(added);
        await state.WriteStateAsync();
        await TellMembers(added.Select(m => m.ComplaintId), ReservedActors.System, reason: null);
        await UpdateBoard();
    }

    public async Task<IncidentView> Join(JoinIncident command)
    {
        RequireOpened();
        IncidentCommands.Validate(command);
        var (complaintId, actor, reason) = (command.ComplaintId, command.Actor, command.Reason);
        RequireOpen();
        if (IsMember(complaintId))
            return View();
        ComplaintView complaint;
        try
        {
            complaint = await GrainFactory.GetGrain<IComplaintGrain>(complaintId).Get();
        }
        catch (ComplaintGridException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            throw new ComplaintGridException(ErrorCodes.NotFound, "complaintId", $"No complaint has id '{complaintId}'.");
        }
        if (complaint.Status == ComplaintStatus.Closed)
            throw new ComplaintGridException(ErrorCodes.TransitionGuard, "complaintId", "A closed complaint cannot join an incident.");
        if (complaint.DepartmentId != state.State.DepartmentId && string.IsNullOrWhiteSpace(reason))
        {
            throw new ComplaintGridException(ErrorCodes.Required, "reason",
                $"reason is required to join a complaint of department '{complaint.DepartmentId}' to an incident of '{state.State.DepartmentId}': why is it the same cause?");
        }
        state.State.Members.Add(new IncidentMember(complaintId, complaint.DepartmentId, clock.GetUtcNow(), actor,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        await state.WriteStateAsync();
        await TellMembers([complaintId], actor, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        await UpdateBoard();
        return View();
    }

    public async Task<IncidentActOutcome> Inform(InformIncident command)
    {
        RequireOpened();
        IncidentCommands.Validate(command);
        // Its customers were told as it was resolved; a later word belongs to a complaint, not the incident.
        RequireOpen();
        var (actor, message) = (command.Actor, command.Message);
        var done = new List<string>();
        var left = new List<IncidentMemberLeft>();
        foreach (var member in state.State.Members)
        {
            var complaint = GrainFactory.GetGrain<IComplaintGrain>(member.ComplaintId);
            var view = await complaint.Get();
            try
            {
                if (view.Status == ComplaintStatus.Closed)
                {
                    left.Add(new IncidentMemberLeft(member.ComplaintId, view.Status, "Closed: there is nothing left to tell."));
                    continue;
                }
                // The first word to a customer is the acknowledgement: a member not yet acknowledged is acknowledged with it.
                _ = view.Status == ComplaintStatus.Received
                    ? await complaint.Acknowledge(new AcknowledgeComplaint(actor, message))
                    : await complaint.InformCustomer(new InformCustomer(actor, message));
                done.Add(member.ComplaintId);
            }
            catch (ComplaintGridException ex)
            {
                left.Add(new IncidentMemberLeft(member.ComplaintId, view.Status, ex.Message));
            }
        }
        return new IncidentActOutcome(View(), done, left);
    }

    public async Task<IncidentActOutcome> Resolve(ResolveIncident command)
    {
        RequireOpened();
        IncidentCommands.Validate(command);
        if (state.State.Category == Category.ProductQuality && string.IsNullOrWhiteSpace(command.Verification))
        {
            throw new ComplaintGridException(ErrorCodes.Required, "verification",
                "verification is required to close product-quality complaints (8D D6: how the correction was verified).");
        }
        RequireOpen();

        var close = new CloseComplaint(command.Actor, command.Lessons, command.PreventionAction, command.Verification);
        var done = new List<string>();
        var left = new List<IncidentMemberLeft>();
        foreach (var member in state.State.Members)
        {
            var complaint = GrainFactory.GetGrain<IComplaintGrain>(member.ComplaintId);
            var view = await complaint.Get();
            try
            {
                switch (view.Status)
                {
                    case ComplaintStatus.Closed:
                        continue;
                    case ComplaintStatus.Implementing:
                        // The incident's fix is this member's remedy done: resolved (the customer told), then closed.
                        await complaint.Resolve(new ResolveComplaint(command.Actor, command.CustomerMessage));
                        await complaint.Close(close);
                        break;
                    case ComplaintStatus.Resolved:
                    case ComplaintStatus.Assessed when view.Classification is { Upheld: false }:
                        await complaint.Close(close);
                        break;
                    default:
                        left.Add(new IncidentMemberLeft(member.ComplaintId, view.Status,
                            $"{view.Status}: a complaint is closed once resolved (or assessed not upheld); it stays open in its department."));
                        continue;
                }
                done.Add(member.ComplaintId);
            }
            catch (ComplaintGridException ex)
            {
                left.Add(new IncidentMemberLeft(member.ComplaintId, view.Status, ex.Message));
            }
        }

        var s = state.State;
        s.Status = IncidentStatus.Resolved;
        s.RootCause = command.RootCause.Trim();
        s.ResolvedAt = clock.GetUtcNow();
        s.ResolvedBy = command.Actor;
        await state.WriteStateAsync();
        IncidentLog.Resolved(logger, Id, done.Count, left.Count);
        try
        {
            await GrainFactory.GetGrain<IIncidentBoardWriterGrain>(0).Remove(Id);
        }
        catch (Exception ex)
        {
            IncidentLog.BoardFailed(logger, ex, Id);
        }
        if (s.DetectorKey.Length > 0)
            await GrainFactory.GetGrain<IIncidentDetectorGrain>(s.DetectorKey).Closed(Id);
        return new IncidentActOutcome(View(), done, left);
    }

    private bool IsMember(string complaintId) => state.State.Members.Any(m => m.ComplaintId == complaintId);

    private IncidentView View() => state.State.ToView(Id, clock.GetUtcNow(), options.Value.Window);

    private void RequireOpened()
    {
        if (!state.State.Opened)
            throw new ComplaintGridException(ErrorCodes.NotFound, "id", "No incident has this id.");
    }

    private void RequireOpen()
    {
        if (state.State.Status != IncidentStatus.Open)
            throw new ComplaintGridException(ErrorCodes.TransitionGuard, "status", "The incident is resolved; a new burst opens a new incident.");
    }

    private async Task TellMembers(IEnumerable<string> complaintIds, string actor, string? reason)
    {
        foreach (var complaintId in complaintIds)
        {
            try
            {
                await GrainFactory.GetGrain<IIncidentMemberGrain>(complaintId).JoinIncident(Id, actor, reason);
            }
            catch (Exception ex)
            {
                IncidentLog.MemberNotTold(logger, ex, Id, complaintId);
            }
        }
    }

    private async Task UpdateBoard()
    {
        var view = View();
        try
        {
            await GrainFactory.GetGrain<IIncidentBoardWriterGrain>(0).Upsert(new IncidentEntry(
                view.Id, view.DepartmentId, view.Category, view.Title, view.Count, view.Growth, view.OpenedAt,
                view.Members.Select(m => m.ComplaintId).ToArray()));
        }
        catch (Exception ex)
        {
            IncidentLog.BoardFailed(logger, ex, Id);
        }
    }
}

namespace ComplaintGrid.Tests.Grains;

/// <summary>Drives one complaint through a random but legal path of its lifecycle, stopping anywhere.</summary>
internal sealed class RandomLifecycleWalker(Random random, Func<TimeSpan, Task> advanceClock)
{
    private static readonly string[] Departments = ["customer-service", "logistics", "quality-assurance", "finance", "policy"];

    public async Task<ComplaintView> Walk(IComplaintGrain grain, ComplaintView view)
    {
        for (var step = 0; step < 30 && view.Status != ComplaintStatus.Closed; step++)
        {
            if (Chance(0.08))
                return view;
            if (Chance(0.15))
                await advanceClock(TimeSpan.FromMinutes(random.Next(1, 180)));
            if (Chance(0.05))
            {
                view = await grain.CheckDeadlines();
                continue;
            }
            if (view.Status != ComplaintStatus.Received && Chance(0.05))
            {
                view = await grain.InformCustomer(new InformCustomer("agent-1", "Progress update."));
                continue;
            }
            if (Chance(0.03))
            {
                view = await grain.RequestEscalation(new RequestEscalation("customer", "Still waiting."));
                continue;
            }
            view = await Next(grain, view);
        }
        return view;
    }

    private async Task<ComplaintView> Next(IComplaintGrain grain, ComplaintView view)
    {
        switch (view.Status)
        {
            case ComplaintStatus.Received:
                return await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "Received, we are on it."));
            case ComplaintStatus.Acknowledged when Chance(0.1):
                return await grain.PutOnHold(new PutOnHold("agent-1", "Waiting for the receipt."));
            case ComplaintStatus.Acknowledged:
                var upheld = Chance(0.8);
                return await grain.Assess(new AssessComplaint("agent-1", upheld, Pick<ComplaintType>(), Pick<Cause>(), null, [],
                    upheld ? null : "Our terms cover this case; here is why."));
            case ComplaintStatus.Assessed when view.Classification is { Upheld: false }:
                return await grain.Close(new CloseComplaint("agent-1", null, null, null));
            case ComplaintStatus.Assessed:
            case ComplaintStatus.Reopened:
                return await grain.Route(new RouteComplaint("agent-1", Chance(0.3) ? Departments[random.Next(Departments.Length)] : null));
            case ComplaintStatus.Assigned when Chance(0.15):
            case ComplaintStatus.Investigating when Chance(0.1):
                var target = Departments.Where(d => d != view.DepartmentId).ElementAt(random.Next(Departments.Length - 1));
                return await grain.HandOff(new HandOffComplaint("lead-1", target, "Belongs elsewhere."));
            case ComplaintStatus.Assigned:
                return await grain.StartInvestigation(new StartInvestigation("lead-1", $"agent-{random.Next(1, 30)}"));
            case ComplaintStatus.Investigating when view.Investigation is null:
                var eightD = view.Category == Category.ProductQuality
                    ? new EightDReport("QA", "Defect", "Batch held", "Tooling", "New tooling", null, null)
                    : null;
                return await grain.RecordInvestigation(new RecordInvestigation(view.OwnerAgentId ?? "agent-1", "Root cause found.", "team-a", eightD));
            case ComplaintStatus.Investigating:
                var kind = Pick<RemedyKind>();
                decimal? amount = CommandValidator.IsMonetary(kind) ? random.Next(1, 1500) : null;
                return await grain.ProposeRemedy(new ProposeRemedy("agent-7", kind, amount, "Remedy."));
            case ComplaintStatus.RemedyProposed:
                return await grain.StartImplementation(new StartImplementation("agent-7"));
            case ComplaintStatus.AwaitingApproval when Chance(0.7):
                return await grain.ApproveRemedy(new ApproveRemedy("supervisor-1", null));
            case ComplaintStatus.AwaitingApproval:
                return await grain.RejectRemedy(new RejectRemedy("supervisor-1", "Too generous."));
            case ComplaintStatus.Implementing:
                return await grain.Resolve(new ResolveComplaint("agent-7", "Done."));
            case ComplaintStatus.Resolved when view.Feedback is { Satisfied: true }:
                return await grain.Close(new CloseComplaint("lead-1", "Lesson.", "Prevention.", "Verified."));
            case ComplaintStatus.Resolved:
                return await grain.RecordFeedback(new RecordFeedback(Chance(0.75), null));
            case ComplaintStatus.OnHold:
                return await grain.Resume(new ResumeComplaint("agent-1"));
            default:
                return view;
        }
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>() where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}

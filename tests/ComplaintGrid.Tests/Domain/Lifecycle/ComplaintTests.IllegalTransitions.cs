using ComplaintGrid.Domain.Lifecycle;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    public static TheoryData<ComplaintStatus> EveryStatus() => new(Enum.GetValues<ComplaintStatus>());

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void Command_NotAllowedInStatus_IsRefusedAndChangesNothing(ComplaintStatus status)
    {
        var d = Reach(status);
        // Far past every allowance: a refused command must not even escalate what fell due.
        d.Advance(TimeSpan.FromDays(20));

        var refused = Enum.GetValues<ComplaintAction>().Where(a => !ComplaintLifecycle.IsAllowed(a, status)).ToArray();
        Assert.NotEmpty(refused);
        foreach (var action in refused)
        {
            var error = AssertRefused(d.State, () => Run(d.Complaint, action, d.Now), ErrorCodes.IllegalTransition, "status");
            Assert.Contains(status.ToString(), error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void Reach_EveryStatus_IsReachableThroughCommands(ComplaintStatus status)
    {
        Assert.Equal(status, Reach(status).State.Status);
    }

    [Fact]
    public void Command_NotFiled_IsNotFound()
    {
        var complaint = NewComplaint();

        foreach (var action in Enum.GetValues<ComplaintAction>())
            AssertRefused(complaint.State, () => Run(complaint, action, Now), ErrorCodes.NotFound, "id");
    }

    [Fact]
    public void Command_Closed_EveryActionIsRefused()
    {
        var d = Reach(ComplaintStatus.Closed);

        foreach (var action in Enum.GetValues<ComplaintAction>())
            AssertRefused(d.State, () => Run(d.Complaint, action, d.Now), ErrorCodes.IllegalTransition, "status");
    }

    /// <summary>Drives a complaint to <paramref name="status"/> through the lifecycle.</summary>
    private ComplaintDriver Reach(ComplaintStatus status)
    {
        var d = Driver();
        d.File();
        if (status == ComplaintStatus.Received)
            return d;
        d.Acknowledge();
        if (status == ComplaintStatus.Acknowledged)
            return d;
        d.Assess();
        if (status == ComplaintStatus.Assessed)
            return d;
        d.Route();
        if (status is ComplaintStatus.Assigned or ComplaintStatus.OnHold)
        {
            if (status == ComplaintStatus.OnHold)
                d.PutOnHold();
            return d;
        }
        d.StartInvestigation();
        if (status == ComplaintStatus.Investigating)
            return d;
        d.RecordInvestigation();
        if (status == ComplaintStatus.AwaitingApproval)
        {
            d.ProposeRemedy(RemedyKind.Compensation, 900m);
            return d;
        }
        d.ProposeRemedy();
        if (status == ComplaintStatus.RemedyProposed)
            return d;
        d.StartImplementation();
        if (status == ComplaintStatus.Implementing)
            return d;
        d.Resolve();
        if (status == ComplaintStatus.Resolved)
            return d;
        if (status == ComplaintStatus.Reopened)
        {
            d.RecordFeedback(satisfied: false);
            return d;
        }
        d.RecordFeedback(satisfied: true);
        d.Close();
        return d;
    }

    /// <summary>A valid command for <paramref name="action"/>, so only the lifecycle can refuse it.</summary>
    private static IReadOnlyList<ComplaintEvent> Run(Complaint complaint, ComplaintAction action, DateTimeOffset now) => action switch
    {
        ComplaintAction.Acknowledge => complaint.Acknowledge(Acknowledgement(), now),
        ComplaintAction.Assess => complaint.Assess(Upheld(), now),
        ComplaintAction.Route => complaint.Route(RouteTo(), now),
        ComplaintAction.HandOff => complaint.HandOff(HandOffTo("finance"), now),
        ComplaintAction.StartInvestigation => complaint.StartInvestigation(Investigation(), now),
        ComplaintAction.RecordInvestigation => complaint.RecordInvestigation(Findings(EightD()), now),
        ComplaintAction.ProposeRemedy => complaint.ProposeRemedy(Remedy(), now),
        ComplaintAction.ApproveRemedy => complaint.ApproveRemedy(new ApproveRemedy(Supervisor, null), now),
        ComplaintAction.RejectRemedy => complaint.RejectRemedy(new RejectRemedy(Supervisor, "No."), now),
        ComplaintAction.StartImplementation => complaint.StartImplementation(Implementation(), now),
        ComplaintAction.Resolve => complaint.Resolve(Resolution(), now),
        ComplaintAction.RecordFeedback => complaint.RecordFeedback(Feedback(true), now),
        ComplaintAction.Close => complaint.Close(Closing(verification: "Checked"), now),
        ComplaintAction.PutOnHold => complaint.PutOnHold(new PutOnHold(Agent, "Waiting on photos."), now),
        ComplaintAction.Resume => complaint.Resume(new ResumeComplaint(Agent), now),
        ComplaintAction.InformCustomer => complaint.InformCustomer(new InformCustomer(Agent, "Still on it."), now),
        ComplaintAction.RequestEscalation => complaint.RequestEscalation(new RequestEscalation(CustomerId, "Too slow."), now),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}

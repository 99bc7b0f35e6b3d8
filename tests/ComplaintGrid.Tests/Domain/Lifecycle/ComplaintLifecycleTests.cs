using ComplaintGrid.Domain.Lifecycle;
using static ComplaintGrid.ComplaintStatus;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed class ComplaintLifecycleTests
{
    private static readonly ComplaintStatus[] OpenStatuses = Enum.GetValues<ComplaintStatus>().Where(s => s != Closed).ToArray();

    /// <summary>docs/domain.md's lifecycle written out independently of the production table.</summary>
    private static readonly Dictionary<ComplaintAction, ComplaintStatus[]> Expected = new()
    {
        [ComplaintAction.Acknowledge] = [Received],
        [ComplaintAction.Assess] = [Acknowledged],
        [ComplaintAction.Route] = [Assessed, Reopened],
        [ComplaintAction.HandOff] = [Assigned, Investigating],
        [ComplaintAction.StartInvestigation] = [Assigned],
        [ComplaintAction.RecordInvestigation] = [Investigating],
        [ComplaintAction.ProposeRemedy] = [Investigating],
        [ComplaintAction.ApproveRemedy] = [AwaitingApproval],
        [ComplaintAction.RejectRemedy] = [AwaitingApproval],
        [ComplaintAction.StartImplementation] = [RemedyProposed],
        [ComplaintAction.Resolve] = [Implementing],
        [ComplaintAction.RecordFeedback] = [Resolved],
        [ComplaintAction.Close] = [Assessed, Resolved],
        [ComplaintAction.PutOnHold] = [Acknowledged, Assessed, Assigned, Investigating, RemedyProposed, AwaitingApproval, Implementing, Reopened],
        [ComplaintAction.Resume] = [OnHold],
        [ComplaintAction.InformCustomer] = OpenStatuses.Where(s => s != Received).ToArray(),
        [ComplaintAction.RequestEscalation] = OpenStatuses,
    };

    public static TheoryData<ComplaintAction, ComplaintStatus> EveryPair()
    {
        var data = new TheoryData<ComplaintAction, ComplaintStatus>();
        foreach (var action in Enum.GetValues<ComplaintAction>())
        {
            foreach (var status in Enum.GetValues<ComplaintStatus>())
                data.Add(action, status);
        }
        return data;
    }

    [Fact]
    public void Expected_CoversEveryAction()
    {
        Assert.Equal(Enum.GetValues<ComplaintAction>().Order(), Expected.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void IsAllowed_EveryActionAndStatus_MatchesDomainTable(ComplaintAction action, ComplaintStatus status)
    {
        Assert.Equal(Expected[action].Contains(status), ComplaintLifecycle.IsAllowed(action, status));
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Require_EveryActionAndStatus_ThrowsExactlyWhenNotAllowed(ComplaintAction action, ComplaintStatus status)
    {
        if (Expected[action].Contains(status))
        {
            ComplaintLifecycle.Require(action, status);
            return;
        }

        var error = Assert.Throws<ComplaintGridException>(() => ComplaintLifecycle.Require(action, status));
        Assert.Equal(ErrorCodes.IllegalTransition, error.Code);
        Assert.Equal("status", error.Errors[0].Field);
        Assert.True(error.IsLifecycleError);
        Assert.Contains($"{action} is not allowed while the complaint is {status}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsAllowed_Closed_AllowsNothing()
    {
        Assert.All(Enum.GetValues<ComplaintAction>(), action => Assert.False(ComplaintLifecycle.IsAllowed(action, Closed)));
    }

    [Fact]
    public void IsAllowed_OnHold_AllowsOnlyResumeInformAndEscalation()
    {
        var allowed = Enum.GetValues<ComplaintAction>().Where(a => ComplaintLifecycle.IsAllowed(a, OnHold)).Order().ToArray();

        Assert.Equal([ComplaintAction.Resume, ComplaintAction.InformCustomer, ComplaintAction.RequestEscalation], allowed);
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void StatusesAllowing_EveryAction_ListsDomainStatuses(ComplaintAction action)
    {
        Assert.Equal(Expected[action].Order(), ComplaintLifecycle.StatusesAllowing(action).Order());
    }

    public static TheoryData<ComplaintAction> EveryAction() => new(Enum.GetValues<ComplaintAction>());
}

using ComplaintGrid.Domain.Approval;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    [Fact]
    public void ProposeRemedy_CompensationAboveThreshold_AwaitsApproval()
    {
        var d = Driver();
        d.ToInvestigated();

        d.ProposeRemedy(RemedyKind.Compensation, 500.01m);

        Assert.Equal(ComplaintStatus.AwaitingApproval, d.State.Status);
        Assert.Equal(new RemedyRecord(RemedyKind.Compensation, 500.01m, Remedy().Description, Investigator, d.Now, true), d.State.Remedy);
        Assert.Contains("Needs supervisor approval.", d.State.Timeline[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ProposeRemedy_CompensationAtThreshold_NeedsNoApproval()
    {
        var d = Driver();
        d.ToInvestigated();

        d.ProposeRemedy(RemedyKind.Compensation, 500m);

        Assert.Equal(ComplaintStatus.RemedyProposed, d.State.Status);
        Assert.False(d.State.Remedy!.RequiresApproval);
    }

    [Fact]
    public void ProposeRemedy_ConfiguredThreshold_IsUsed()
    {
        var d = Driver(rules: Rules(approval: new ApprovalOptions { CompensationThreshold = 100m }));
        d.ToInvestigated();

        d.ProposeRemedy(RemedyKind.Refund, 150m);

        Assert.Equal(ComplaintStatus.AwaitingApproval, d.State.Status);
    }

    [Fact]
    public void ProposeRemedy_CriticalPriority_AwaitsApprovalEvenForApology()
    {
        var d = Driver(Filing(severity: Severity.Critical));
        d.ToInvestigated();

        d.ProposeRemedy(RemedyKind.Apology);

        Assert.Equal(ComplaintStatus.AwaitingApproval, d.State.Status);
        Assert.True(d.State.Remedy!.RequiresApproval);
    }

    [Fact]
    public void ProposeRemedy_PriorityRaisedToCriticalByBreach_AwaitsApproval()
    {
        var d = Driver(Filing(severity: Severity.High));
        d.File();
        d.Advance(TimeSpan.FromHours(1)).CheckDeadlines();
        Assert.Equal(Severity.Critical, d.State.Priority);
        d.Acknowledge();
        d.Assess();
        d.Route();
        d.StartInvestigation();
        d.RecordInvestigation();

        d.ProposeRemedy(RemedyKind.Apology);

        Assert.Equal(ComplaintStatus.AwaitingApproval, d.State.Status);
    }

    [Fact]
    public void ApproveRemedy_SecondPerson_MovesToImplementing()
    {
        var d = Driver();
        d.ToInvestigated();
        d.ProposeRemedy(RemedyKind.Compensation, 900m);

        var approved = Assert.Single(d.ApproveRemedy());

        Assert.Equal(ComplaintEventKind.RemedyApproved, approved.Kind);
        Assert.Equal(ComplaintStatus.Implementing, d.State.Status);
        Assert.Equal(new ApprovalRecord(Supervisor, true, "Within policy.", d.Now), d.State.Approval);
        Assert.Equal(Supervisor, d.State.Timeline[^1].Actor);
        d.Resolve();
        Assert.Equal(ComplaintStatus.Resolved, d.State.Status);
    }

    [Fact]
    public void RejectRemedy_SecondPerson_ReturnsToInvestigatingAndNewProposalClearsDecision()
    {
        var d = Driver();
        d.ToInvestigated();
        d.ProposeRemedy(RemedyKind.Compensation, 900m);

        var rejected = Assert.Single(d.RejectRemedy());

        Assert.Equal(ComplaintEventKind.RemedyRejected, rejected.Kind);
        Assert.Equal(ComplaintStatus.Investigating, d.State.Status);
        Assert.Equal(new ApprovalRecord(Supervisor, false, "Too generous.", d.Now), d.State.Approval);

        d.ProposeRemedy(RemedyKind.Compensation, 300m);

        Assert.Equal(ComplaintStatus.RemedyProposed, d.State.Status);
        Assert.Null(d.State.Approval);
    }

    [Fact]
    public void ApproveRemedy_ProposerApprovesOwnRemedy_IsRefused()
    {
        var d = Driver();
        d.ToInvestigated();
        d.ProposeRemedy(RemedyKind.Compensation, 900m);

        AssertRefused(d.State, () => d.ApproveRemedy(Investigator), "complaint.approval.same_person", "supervisor");
    }

    [Fact]
    public void RejectRemedy_ProposerRejectsOwnRemedy_IsRefused()
    {
        var d = Driver();
        d.ToInvestigated();
        d.ProposeRemedy(RemedyKind.Compensation, 900m);

        AssertRefused(d.State, () => d.RejectRemedy(Investigator), "complaint.approval.same_person", "supervisor");
    }

    [Fact]
    public void RecordInvestigation_ProductQualityWithoutEightD_IsRefused()
    {
        var d = Driver(Filing(category: Category.ProductQuality));
        d.ToAssigned();
        d.StartInvestigation();

        AssertRefused(d.State, () => d.RecordInvestigation(eightD: null), "complaint.eight_d.required", "eightD");
    }

    [Fact]
    public void RecordInvestigation_ProductQualityWithEightD_RecordsReport()
    {
        var d = Driver(Filing(category: Category.ProductQuality));
        d.ToAssigned();
        d.StartInvestigation();

        d.RecordInvestigation(EightD());

        Assert.Equal(new InvestigationRecord(Findings().RootCause, Findings().AccountableOwner, EightD()), d.State.Investigation);
    }

    [Fact]
    public void Close_ProductQualityWithoutVerificationAnywhere_IsRefused()
    {
        var d = Driver(Filing(category: Category.ProductQuality));
        d.ToAssigned();
        d.StartInvestigation();
        d.RecordInvestigation(EightD(verification: null, prevention: null));
        d.ProposeRemedy();
        d.StartImplementation();
        d.Resolve();
        d.RecordFeedback(satisfied: true);

        AssertRefused(d.State, () => d.Close(verification: null), ErrorCodes.Required, "verification");
    }

    [Fact]
    public void Close_ProductQualityVerifiedAtClose_CompletesEightDReport()
    {
        var d = Driver(Filing(category: Category.ProductQuality));
        d.ToAssigned();
        d.StartInvestigation();
        d.RecordInvestigation(EightD(verification: null, prevention: null));
        d.ProposeRemedy();
        d.StartImplementation();
        d.Resolve();
        d.RecordFeedback(satisfied: true);

        d.Close(verification: "No returns in 30 days");

        Assert.Equal(ComplaintStatus.Closed, d.State.Status);
        var eightD = d.State.Investigation!.EightD!;
        Assert.Equal("No returns in 30 days", eightD.Verification);
        Assert.Equal(Closing().PreventionAction, eightD.Prevention);
        Assert.Equal("No returns in 30 days", d.State.Evaluation!.Verification);
    }

    [Fact]
    public void Close_ProductQualityVerifiedInEightD_KeepsReportAndNeedsNoVerificationAtClose()
    {
        var d = Driver(Filing(category: Category.ProductQuality));
        d.ToResolved();
        d.RecordFeedback(satisfied: true);

        d.Close(verification: null);

        Assert.Equal(ComplaintStatus.Closed, d.State.Status);
        Assert.Equal(EightD(), d.State.Investigation!.EightD);
    }

    [Fact]
    public void Close_NotProductQuality_NeedsNoEightDOrVerification()
    {
        var d = Driver(Filing(category: Category.Billing));
        d.ToResolved();
        d.RecordFeedback(satisfied: true);

        d.Close(verification: null);

        Assert.Null(d.State.Investigation!.EightD);
        Assert.Equal(ComplaintStatus.Closed, d.State.Status);
    }
}

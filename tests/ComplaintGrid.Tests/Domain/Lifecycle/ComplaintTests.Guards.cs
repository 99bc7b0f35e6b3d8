using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    [Fact]
    public void Route_NotUpheld_IsRefusedByGuard()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();
        d.Assess(upheld: false);

        AssertRefused(d.State, () => d.Route(), ErrorCodes.TransitionGuard, "status");
    }

    [Fact]
    public void Close_UpheldButNotResolved_IsRefusedByGuard()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();
        d.Assess(upheld: true);

        var error = AssertRefused(d.State, () => d.Close(), ErrorCodes.TransitionGuard, "status");
        Assert.True(error.IsLifecycleError);
    }

    [Fact]
    public void Route_UnknownDepartment_IsRefused()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();
        d.Assess();

        AssertRefused(d.State, () => d.Route("warehouse"), ErrorCodes.UnknownDepartment, "departmentId");
    }

    [Fact]
    public void HandOff_SameDepartment_IsRefusedByGuard()
    {
        var d = Driver();
        d.ToAssigned();

        AssertRefused(d.State, () => d.HandOff("logistics"), ErrorCodes.TransitionGuard, "toDepartmentId");
    }

    [Fact]
    public void HandOff_UnknownDepartment_IsRefused()
    {
        var d = Driver();
        d.ToAssigned();

        AssertRefused(d.State, () => d.HandOff("warehouse"), ErrorCodes.UnknownDepartment, "toDepartmentId");
    }

    [Fact]
    public void ProposeRemedy_BeforeInvestigationRecorded_IsRefusedByGuard()
    {
        var d = Driver();
        d.ToAssigned();
        d.StartInvestigation();

        AssertRefused(d.State, () => d.ProposeRemedy(), ErrorCodes.TransitionGuard, "investigation");
    }

    [Fact]
    public void Close_ResolvedWithoutLessonsOrPrevention_ReportsBothFields()
    {
        var d = Driver();
        d.ToResolved();
        d.RecordFeedback(satisfied: true);

        var error = AssertRefused(d.State, () => d.Complaint.Close(Closing(lessons: " ", prevention: null), d.Now), ErrorCodes.Required, "lessons");

        Assert.Equal(["lessons", "preventionAction"], error.Errors.Select(e => e.Field));
    }

    /// <summary>
    /// A customer who never answers must not keep a complaint open for ever: a resolved complaint may be
    /// closed without feedback (docs/domain.md, lifecycle). Unsatisfied feedback reopens it, so it cannot be closed then.
    /// </summary>
    [Fact]
    public void Close_ResolvedWithoutFeedback_ClosesResolvedWithNoFeedbackRecorded()
    {
        var d = Driver();
        d.ToResolved();

        d.Close();

        Assert.Equal(ComplaintStatus.Closed, d.State.Status);
        Assert.Equal(CloseOutcome.Resolved, d.State.Outcome);
        Assert.Null(d.State.Feedback);
    }

    [Fact]
    public void Assess_NotUpheldWithoutExplanation_IsRefused()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();

        AssertRefused(d.State, () => d.Complaint.Assess(NotUpheld(explanation: "  "), d.Now), ErrorCodes.Required, "explanation");
    }

    [Fact]
    public void Acknowledge_InvalidCommand_IsRefusedWithFieldAndChangesNothing()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(5));

        AssertRefused(d.State, () => d.Complaint.Acknowledge(new AcknowledgeComplaint("", "Hello"), d.Now), ErrorCodes.Required, "actor");
        AssertRefused(d.State, () => d.Complaint.Acknowledge(new AcknowledgeComplaint(Agent, "Hello\u0007"), d.Now), ErrorCodes.ControlCharacters, "message");
    }

    [Fact]
    public void ProposeRemedy_AmountOnApology_IsRefused()
    {
        var d = Driver();
        d.ToInvestigated();

        AssertRefused(d.State, () => d.ProposeRemedy(RemedyKind.Apology, 20m), ErrorCodes.NotAllowed, "amount");
    }

    [Fact]
    public void HandOff_InvalidDepartmentId_IsRefusedByValidation()
    {
        var d = Driver();
        d.ToAssigned();

        AssertRefused(d.State, () => d.HandOff("fin ance"), ErrorCodes.InvalidIdentifier, "toDepartmentId");
    }

    [Fact]
    public void Command_RefusedWhileEscalationDue_EscalatesNothing()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(9));

        AssertRefused(d.State, () => d.Assess(), ErrorCodes.IllegalTransition, "status");
        Assert.Empty(d.State.Escalations);
        Assert.Equal(0, d.State.BreachCount);
    }

    [Fact]
    public void Snapshot_NestedChange_IsDetected()
    {
        var d = Driver();
        d.File();
        var before = Snapshot(d.State);

        d.State.Resolution.Level = EscalationLevel.AtRisk;
        Assert.NotEqual(before, Snapshot(d.State));
        d.State.Resolution.Level = EscalationLevel.None;
        Assert.Equal(before, Snapshot(d.State));

        d.State.Timeline.Add(d.State.Timeline[0] with { Sequence = 2 });
        Assert.NotEqual(before, Snapshot(d.State));
    }
}

using System.Text.Json;
using ComplaintGrid.Domain.Privacy;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Privacy;

public sealed class PersonalDataErasureTests
{
    private readonly FakeTimeProvider _time = NewTime();

    /// <summary>Every text the fixtures put into a complaint that goes through every text-bearing step.</summary>
    internal static readonly string[] Texts =
    [
        "The parcel arrived two weeks late", "ORD-1001", "We have your complaint", "A refund", "Belongs with another team",
        "The courier left the parcel outside", "Cracked housing", "Quarantined the batch", "Mould temperature too low",
        "Recalibrated the mould", "Drop test passed", "SPC check added", "Apologise and redeliver", "Your replacement was delivered",
        "Still broken", "Thank you", "Couriers must not leave parcels outside", "Courier briefing", "Waiting for photos",
        "Nobody called me back", "We are still on it", "Too generous",
    ];

    private ComplaintDriver Driver(RetentionOptions? retention = null) =>
        new(_time, Filing(category: Category.ProductQuality),
            Rules() with { Retention = new RetentionPolicy(retention ?? new RetentionOptions()) });

    /// <summary>Every text-bearing step: a hold, an update, an escalation request, a hand-off, a rejected remedy, unsatisfied feedback, a close.</summary>
    private static ComplaintDriver ThroughEveryText(ComplaintDriver c)
    {
        c.File();
        c.Acknowledge();
        c.PutOnHold();
        c.Resume();
        c.InformCustomer();
        c.RequestEscalation();
        c.Assess();
        c.Route();
        c.HandOff("logistics");
        c.StartInvestigation();
        c.RecordInvestigation(EightD());
        c.ProposeRemedy(RemedyKind.Refund, 900m);
        c.Do((x, now) => x.RejectRemedy(new RejectRemedy(Supervisor, "Too generous"), now));
        c.ProposeRemedy(RemedyKind.Refund, 900m);
        c.Do((x, now) => x.ApproveRemedy(new ApproveRemedy(Supervisor, "Fine, with a note"), now));
        c.Resolve();
        c.RecordFeedback(satisfied: false);
        c.Route();
        c.StartInvestigation();
        c.ProposeRemedy(RemedyKind.Refund, 900m);
        c.ApproveRemedy();
        c.Resolve();
        c.RecordFeedback(satisfied: true);
        c.Close();
        return c;
    }

    private static string Json(ComplaintView view) => JsonSerializer.Serialize(view);

    [Fact]
    public void ErasePersonalData_EveryTextField_BecomesTheMarker()
    {
        var c = ThroughEveryText(Driver());
        var before = Json(c.View);
        Assert.Contains(Texts, t => before.Contains(t, StringComparison.Ordinal));

        c.ErasePersonalData();

        var view = c.View;
        var json = Json(view);
        Assert.All(Texts, t => Assert.DoesNotContain(t, json, StringComparison.Ordinal));
        Assert.DoesNotContain("Fine, with a note", json, StringComparison.Ordinal);
        Assert.Equal(ErasedText.Marker, view.Description);
        Assert.Equal(ErasedText.Marker, view.Reference);
        Assert.Equal(ErasedText.Marker, view.Classification!.OvertWants);
        Assert.Equal(ErasedText.Marker, view.Investigation!.RootCause);
        Assert.Equal(ErasedText.Marker, view.Investigation.EightD!.ProblemDescription);
        Assert.Equal(ErasedText.Marker, view.Remedy!.Description);
        Assert.Equal(ErasedText.Marker, view.Feedback!.Comment);
        Assert.Equal(ErasedText.Marker, view.Evaluation!.Lessons);
        Assert.Equal(ErasedText.Marker, view.Evaluation.PreventionAction);
        // Nothing erased in the complaint's undelivered events either.
        Assert.All(c.State.Outbox, p => Assert.NotEqual("ORD-1001", p.Event.Summary.Reference));
    }

    [Fact]
    public void ErasePersonalData_KeepsTheFacts_AndRecordsItselfLast()
    {
        var c = ThroughEveryText(Driver());
        var before = c.View;
        _time.Advance(TimeSpan.FromMinutes(5));

        var events = c.ErasePersonalData("sup-9");

        var after = c.View;
        var erasure = Assert.Single(events);
        Assert.Equal(ComplaintEventKind.PersonalDataErased, erasure.Kind);
        Assert.Equal(_time.GetUtcNow(), erasure.At);
        Assert.Equal(before.Sequence + 1, erasure.Sequence);
        Assert.Equal(ErasedText.Marker, erasure.Summary.Reference);
        var entry = after.Timeline[^1];
        Assert.Equal(("sup-9", ComplaintEventKind.PersonalDataErased, "Personal texts erased."), (entry.Actor, entry.Kind, entry.Detail));

        // Who, when, what kind of step, whether the customer was told: every entry but the new one, unchanged but its words.
        Assert.Equal(
            before.Timeline.Select(t => (t.Sequence, t.At, t.Actor, t.Kind, t.CustomerFacing, t.Via)),
            after.Timeline.SkipLast(1).Select(t => (t.Sequence, t.At, t.Actor, t.Kind, t.CustomerFacing, t.Via)));
        Assert.Equal((before.Status, before.Outcome, before.Priority, before.DepartmentId, before.OwnerAgentId, before.ReopenCount, before.HandOffCount),
            (after.Status, after.Outcome, after.Priority, after.DepartmentId, after.OwnerAgentId, after.ReopenCount, after.HandOffCount));
        Assert.Equal((before.Remedy!.Kind, before.Remedy.Amount, before.Remedy.ProposedBy, before.Remedy.RequiresApproval),
            (after.Remedy!.Kind, after.Remedy.Amount, after.Remedy.ProposedBy, after.Remedy.RequiresApproval));
        Assert.Equal(before.Clocks, after.Clocks);
        Assert.Equal(before.Escalations, after.Escalations);
        Assert.Equal((before.Investigation!.AccountableOwner, before.Investigation.EightD!.Team),
            (after.Investigation!.AccountableOwner, after.Investigation.EightD!.Team));
        // ComplaintGrid's own words stay where they were: the kind of step, amounts, departments.
        Assert.Contains(after.Timeline, t => t.Detail == "Proposed Refund of 900.00: " + ErasedText.Marker);
        Assert.Contains(after.Timeline, t => t.Detail == "Remedy approved. " + ErasedText.Marker);
        Assert.Contains(after.Timeline, t => t.Detail.StartsWith("Filed by Web: ProductQuality", StringComparison.Ordinal));
    }

    [Fact]
    public void ErasePersonalData_Twice_RecordsNothingTheSecondTime()
    {
        var c = ThroughEveryText(Driver());
        c.ErasePersonalData();
        var snapshot = Snapshot(c.State);

        Assert.Empty(c.ErasePersonalData());
        Assert.Equal(snapshot, Snapshot(c.State));
    }

    [Fact]
    public void ErasePersonalData_OpenComplaint_ErasesAgainWhatLaterStepsWrote()
    {
        var c = Driver();
        c.File();
        Assert.Single(c.ErasePersonalData());
        c.Acknowledge();

        var events = c.ErasePersonalData();

        Assert.Equal(ComplaintEventKind.PersonalDataErased, Assert.Single(events).Kind);
        Assert.Equal(ErasedText.Marker, c.View.Timeline.Single(t => t.Kind == ComplaintEventKind.Acknowledged).Detail);
    }

    [Fact]
    public void File_RetriedAfterErasure_AnswersTheComplaintWithoutItsTexts()
    {
        var c = Driver();
        c.File();
        c.ErasePersonalData();

        Assert.Empty(c.File());
        Assert.Equal(ErasedText.Marker, c.View.Description);
    }

    [Fact]
    public void ErasePersonalData_NeverFiled_IsNotFound()
    {
        var c = Driver();
        AssertRefused(c.State, () => c.ErasePersonalData(), ErrorCodes.NotFound, "id");
    }

    [Fact]
    public void ErasePersonalData_MalformedActor_IsRefusedNamingTheField() =>
        AssertErrors(() => CommandValidator.Validate(new ErasePersonalData("not an id")), (ErrorCodes.InvalidIdentifier, "actor"));

    [Fact]
    public void CheckDeadlines_ClosedLongerThanRetention_ErasesOnceAsSystem()
    {
        var c = ThroughEveryText(Driver(new RetentionOptions { ClosedTextsAfter = TimeSpan.FromDays(30) }));
        var closedAt = c.State.ClosedAt!.Value;
        Assert.Equal(closedAt + TimeSpan.FromDays(30), c.Complaint.NextReminderAt());
        Assert.Null(c.View.NextEscalationAt);

        _time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        Assert.Empty(c.CheckDeadlines());

        _time.Advance(TimeSpan.FromSeconds(1));
        var erasure = Assert.Single(c.CheckDeadlines());

        Assert.Equal((ComplaintEventKind.PersonalDataErased, ReservedActors.System), (erasure.Kind, c.View.Timeline[^1].Actor));
        Assert.Equal(ErasedText.Marker, c.View.Description);
        Assert.Null(c.Complaint.NextReminderAt());
        Assert.Empty(c.CheckDeadlines());
    }

    [Fact]
    public void NextReminderAt_RetentionOff_NoneOnceClosed()
    {
        var c = ThroughEveryText(Driver());
        Assert.Null(c.Complaint.NextReminderAt());
        _time.Advance(TimeSpan.FromDays(3650));
        Assert.Empty(c.CheckDeadlines());
        Assert.NotEqual(ErasedText.Marker, c.View.Description);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-1.00:00:00")]
    [InlineData("40000.00:00:00")]
    public void RetentionOptionsValidator_NotPositiveOrTooLong_FailsNamingTheKey(string value)
    {
        var result = new RetentionOptionsValidator().Validate(null, new RetentionOptions { ClosedTextsAfter = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(result.Failed);
        Assert.Contains("ComplaintGrid:Retention:ClosedTextsAfter", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RetentionOptionsValidator_UnsetOrADay_Succeeds()
    {
        Assert.True(new RetentionOptionsValidator().Validate(null, new RetentionOptions()).Succeeded);
        Assert.True(new RetentionOptionsValidator().Validate(null, new RetentionOptions { ClosedTextsAfter = TimeSpan.FromDays(1) }).Succeeded);
    }
}

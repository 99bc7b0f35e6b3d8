using System.Text.Json;
using ComplaintGrid.Domain.Churn;
using ComplaintGrid.Domain.Lifecycle;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Churn;

public sealed class CustomerHistoryTests
{
    private readonly FakeTimeProvider _time = NewTime();
    private readonly CustomerHistory _history = new(new CustomerState());

    private DateTimeOffset Now => _time.GetUtcNow();

    private ComplaintDriver Complaint(string key = "key-1", Severity severity = Severity.Medium, SubjectKind subject = SubjectKind.Order, string? reference = "ORD-1001") =>
        new(_time, Filing(key: key, severity: severity, subject: subject, reference: reference));

    private double Score => _history.ToView(CustomerId, Now).Risk.Score;

    private static string Snapshot(CustomerState state) => JsonSerializer.Serialize(state);

    [Fact]
    public void ToView_NoComplaints_ScoresInterceptOnly()
    {
        var view = _history.ToView(CustomerId, Now);

        Assert.Equal(4.7, view.Risk.Score);
        Assert.Equal("churn-v1", view.Risk.ModelVersion);
        Assert.Empty(view.Risk.TopFactors);
        Assert.Equal(0, view.TotalComplaints);
        Assert.Null(view.LastComplaintAt);
        Assert.Equal(new ChurnFeatures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), _history.Features(Now));
    }

    [Fact]
    public void Apply_NewEvents_RecordsSummaryAndScores()
    {
        var c = Complaint();

        Assert.True(_history.Apply(c.File(), Now));

        Assert.Equal(c.Events[^1].Summary, _history.State.Complaints[c.Id]);
        Assert.Equal(1, _history.State.LastSequence[c.Id]);
        Assert.Null(_history.State.PreviousScore);
        Assert.Equal(Score, _history.State.LastScore);
        Assert.InRange(Score, 0, 100);
        Assert.True(Score > 4.7);
    }

    [Fact]
    public void Apply_SameEventsAgain_ReturnsFalseAndChangesNothing()
    {
        var c = Complaint();
        _history.Apply(c.File(), Now);
        _history.Apply(c.Acknowledge(), Now);
        var before = Snapshot(_history.State);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.False(_history.Apply(c.Events, Now));
        Assert.Equal(before, Snapshot(_history.State));
    }

    [Fact]
    public void Apply_OlderSequenceAfterNewer_IsIgnored()
    {
        var c = Complaint();
        var filed = c.File();
        var acknowledged = c.Acknowledge();
        _history.Apply(acknowledged, Now);
        var before = Snapshot(_history.State);

        Assert.False(_history.Apply(filed, Now));

        Assert.Equal(before, Snapshot(_history.State));
        Assert.Equal(ComplaintStatus.Acknowledged, _history.State.Complaints[c.Id].Status);
    }

    [Fact]
    public void Apply_BatchWithDuplicatesAndNewEvents_AppliesOnlyNewOnes()
    {
        var c = Complaint();
        _history.Apply(c.File(), Now);
        c.Acknowledge();
        c.Assess();

        Assert.True(_history.Apply(c.Events, Now));

        Assert.Equal(3, _history.State.LastSequence[c.Id]);
        Assert.Equal(ComplaintStatus.Assessed, _history.State.Complaints[c.Id].Status);
    }

    [Fact]
    public void Apply_ScoreChanges_KeepsPreviousScore()
    {
        var first = Complaint("key-1");
        _history.Apply(first.File(), Now);
        var firstScore = _history.State.LastScore;

        _history.Apply(Complaint("key-2", reference: "ORD-2").File(), Now);

        Assert.Equal(firstScore, _history.State.PreviousScore);
        Assert.Equal(firstScore, _history.ToView(CustomerId, Now).Risk.PreviousScore);
        Assert.True(_history.State.LastScore > firstScore);
    }

    [Fact]
    public void Features_BreachedComplaint_RaisesScore()
    {
        var calm = new CustomerHistory(new CustomerState());
        var c = Complaint();
        calm.Apply(c.File(), Now);
        _history.Apply(c.Events, Now);

        _time.Advance(TimeSpan.FromHours(4));
        _history.Apply(c.CheckDeadlines(), Now);

        Assert.Equal(1, _history.Features(Now).Breaches);
        Assert.True(_history.ToView(CustomerId, Now).Risk.Score > calm.ToView(CustomerId, Now).Risk.Score);
        Assert.Equal(1, _history.ToView(CustomerId, Now).Breaches);
    }

    [Fact]
    public void Features_Reopen_RaisesScore()
    {
        var c = Complaint();
        c.ToResolved();
        _history.Apply(c.Events, Now);
        var resolved = Score;

        _history.Apply(c.RecordFeedback(satisfied: false), Now);

        Assert.Equal(1, _history.Features(Now).Reopens);
        Assert.True(Score > resolved);
        Assert.Equal(1, _history.ToView(CustomerId, Now).Reopens);
    }

    [Fact]
    public void Features_GoodResolution_LowersScore()
    {
        var c = Complaint();
        c.ToResolved();
        _history.Apply(c.Events, Now);
        var resolved = Score;

        _history.Apply(c.RecordFeedback(satisfied: true), Now);

        Assert.Equal(1, _history.Features(Now).GoodResolutions);
        Assert.True(Score < resolved);
        var afterFeedback = Score;

        _history.Apply(c.Close(), Now);

        Assert.Equal(0, _history.Features(Now).OpenComplaints);
        Assert.True(Score < afterFeedback);
    }

    [Fact]
    public void Features_LateResolution_IsNotGood()
    {
        var c = Complaint();
        c.File();
        c.Advance(TimeSpan.FromDays(6));
        c.ToResolvedFromFiled();
        c.RecordFeedback(satisfied: true);

        _history.Apply(c.Events, Now);

        Assert.Equal(0, _history.Features(Now).GoodResolutions);
    }

    [Fact]
    public void Features_SameSubjectAndReference_CountsRepeatsIgnoringCaseAndSpaces()
    {
        _history.Apply(Complaint("key-1", reference: "ORD-7").File(), Now);
        _history.Apply(Complaint("key-2", reference: " ord-7 ").File(), Now);
        _history.Apply(Complaint("key-3", reference: "ORD-7").File(), Now);

        Assert.Equal(2, _history.Features(Now).RepeatComplaints);
        Assert.Equal(2, _history.ToView(CustomerId, Now).RepeatComplaints);
        Assert.Contains(_history.ToView(CustomerId, Now).Risk.TopFactors, f => f.Name == "repeatComplaints");
    }

    [Fact]
    public void Features_DifferentSubjectOrNoReference_AreNotRepeats()
    {
        _history.Apply(Complaint("key-1", subject: SubjectKind.Order, reference: "X-1").File(), Now);
        _history.Apply(Complaint("key-2", subject: SubjectKind.Product, reference: "X-1").File(), Now);
        _history.Apply(Complaint("key-3", reference: null).File(), Now);
        _history.Apply(Complaint("key-4", reference: null).File(), Now);

        Assert.Equal(0, _history.Features(Now).RepeatComplaints);
    }

    [Theory]
    [InlineData(5)] // compared pair by pair
    [InlineData(40)] // more than the pairwise limit: counted with a set
    public void Features_ManyComplaints_CountRepeatsTheSameWhicheverWayTheyAreCounted(int complaints)
    {
        // Every third complaint repeats reference R-0 (in another case and spacing), the rest are distinct or unreferenced.
        for (var i = 0; i < complaints; i++)
        {
            var reference = (i % 3) switch { 0 => i % 2 == 0 ? "R-0" : " r-0 ", 1 => $"R-{i}", _ => null };
            _history.Apply(Complaint($"key-{i}", reference: reference).File(), Now);
        }

        var sameReference = (complaints + 2) / 3;
        Assert.Equal(sameReference - 1, _history.Features(Now).RepeatComplaints);
    }

    [Fact]
    public void LastRisk_AfterSeveralEvents_IsTheModelsScoreOfTheLastRescoreWithItsExplanation()
    {
        var first = Complaint("key-1", severity: Severity.High);
        _history.Apply(first.File(), Now);
        _time.Advance(TimeSpan.FromHours(3));
        _history.Apply(first.Acknowledge(), Now);
        var scoredAt = Now;
        var expected = ChurnModel.Score(_history.Features(scoredAt), _history.State.PreviousScore, scoredAt);
        _time.Advance(TimeSpan.FromDays(20)); // asked for later: still the risk as scored then

        var risk = _history.LastRisk;

        Assert.NotNull(risk);
        Assert.Equal(expected.Score, risk.Score);
        Assert.Equal(_history.State.LastScore, risk.Score);
        Assert.Equal(expected.PreviousScore, risk.PreviousScore);
        Assert.Equal(scoredAt, risk.ComputedAt);
        Assert.Equal(expected.TopFactors, risk.TopFactors);
    }

    [Fact]
    public void LastRisk_BeforeAnyRescore_IsNull() => Assert.Null(_history.LastRisk);

    [Fact]
    public void Features_ComplaintOlderThan90Days_LeavesRecentWindow()
    {
        _history.Apply(Complaint().File(), Now);

        _time.Advance(TimeSpan.FromDays(90));
        Assert.Equal(1, _history.Features(Now).RecentComplaints);
        Assert.Equal(1, _history.ToView(CustomerId, Now).ComplaintsLast90Days);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, _history.Features(Now).RecentComplaints);
        Assert.Equal(0, _history.ToView(CustomerId, Now).ComplaintsLast90Days);
        Assert.Equal(1, _history.ToView(CustomerId, Now).TotalComplaints);
    }

    [Fact]
    public void Features_Recency_DecaysWithTimeSinceLastComplaint()
    {
        _history.Apply(Complaint().File(), Now);
        Assert.Equal(1.0, _history.Features(Now).Recency);
        var fresh = Score;

        _time.Advance(TimeSpan.FromDays(30));

        Assert.Equal(Math.Exp(-1), _history.Features(Now).Recency, 6);
        Assert.True(Score < fresh);
    }

    [Fact]
    public void Features_OpenSeverity_IsMostSeriousOpenComplaint()
    {
        _history.Apply(Complaint("key-1", Severity.Medium).File(), Now);
        var critical = Complaint("key-2", Severity.Critical, reference: "ORD-2");
        _history.Apply(critical.File(), Now);
        Assert.Equal(4, _history.Features(Now).OpenSeverity);
        Assert.Equal(2, _history.Features(Now).OpenComplaints);

        critical.Acknowledge();
        critical.Assess(upheld: false);
        _history.Apply(critical.Close(), Now);

        Assert.Equal(2, _history.Features(Now).OpenSeverity);
        Assert.Equal(1, _history.Features(Now).OpenComplaints);
    }

    [Fact]
    public void Features_VentingAssessment_IsCounted()
    {
        var c = Complaint();
        c.File();
        c.Acknowledge();
        c.Assess(type: ComplaintType.Venting);

        _history.Apply(c.Events, Now);

        Assert.Equal(1, _history.Features(Now).Venting);
    }

    [Fact]
    public void SetProfile_TenureAndValueTier_LowerScore()
    {
        _history.Apply(Complaint().File(), Now);
        var before = Score;

        _history.SetProfile(new CustomerProfile(Now - TimeSpan.FromDays(365.25 * 4), ValueTier.Gold), Now);

        Assert.Equal(4, _history.Features(Now).TenureYears, 6);
        Assert.Equal(3, _history.Features(Now).ValueTier);
        Assert.True(Score < before);
        Assert.Equal(before, _history.State.PreviousScore);
        Assert.Equal(Score, _history.State.LastScore);
    }

    [Fact]
    public void ToView_SeveralComplaints_ListsNewestFirstWithCounts()
    {
        var first = Complaint("key-1");
        _history.Apply(first.File(), Now);
        _time.Advance(TimeSpan.FromDays(2));
        var second = Complaint("key-2", reference: "ORD-2");
        _history.Apply(second.File(), Now);

        var view = _history.ToView(CustomerId, Now);

        Assert.Equal(CustomerId, view.CustomerId);
        Assert.Equal(2, view.TotalComplaints);
        Assert.Equal(2, view.OpenComplaints);
        Assert.Equal(Now, view.LastComplaintAt);
        Assert.Equal([second.Id, first.Id], view.Complaints.Select(c => c.ComplaintId));
        Assert.Equal(Now, view.Risk.ComputedAt);
        Assert.InRange(view.Risk.TopFactors.Count, 1, ChurnModel.TopFactorCount);
    }

    [Fact]
    public void ToView_MoreThanListLimit_ListsNewestButCountsAll()
    {
        for (var i = 0; i <= CustomerHistory.ListedComplaints; i++)
        {
            _history.Apply(Complaint($"key-{i}", reference: $"ORD-{i}").File(), Now);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var view = _history.ToView(CustomerId, Now);

        Assert.Equal(CustomerHistory.ListedComplaints + 1, view.TotalComplaints);
        Assert.Equal(CustomerHistory.ListedComplaints, view.Complaints.Count);
        Assert.DoesNotContain(view.Complaints, c => c.ComplaintId == ComplaintIds.For(CustomerId, "key-0", IdSecret));
    }

    [Fact]
    public void MustStore_OnlyAComplaintNotKnown_AndStoreOnRefresh_OnlyAClosedOne()
    {
        var c = Complaint();
        var filing = c.File();
        var filed = filing[^1].Summary;
        var acknowledging = c.Acknowledge();
        var acknowledged = acknowledging[^1].Summary;
        c.Assess(upheld: false, type: ComplaintType.Enquiry);
        var closed = c.Close()[^1].Summary;
        var erasure = c.ErasePersonalData();

        Assert.True(CustomerHistory.MustStore(null, filing));
        Assert.False(CustomerHistory.MustStore(filed, acknowledging));
        Assert.False(CustomerHistory.MustStore(acknowledged, acknowledging));
        // The view's stored copy still holds the reference the erasure blanks.
        Assert.True(CustomerHistory.MustStore(closed, erasure));
        Assert.False(CustomerHistory.StoreOnRefresh(acknowledged));
        Assert.True(CustomerHistory.StoreOnRefresh(closed));
    }

    [Fact]
    public void Apply_Erasures_BlankReferencesAndCountNoRepeatsAmongErased()
    {
        var first = Complaint("key-1", reference: "ORD-1001");
        var second = Complaint("key-2", reference: "ORD-1001");
        _history.Apply(first.File(), Now);
        _history.Apply(second.File(), Now);
        Assert.Equal(1, _history.Features(Now).RepeatComplaints);

        _history.Apply(first.ErasePersonalData(), Now);
        _history.Apply(second.ErasePersonalData(), Now);

        var view = _history.ToView(CustomerId, Now);
        Assert.All(view.Complaints, c => Assert.Equal(ErasedText.Marker, c.Reference));
        Assert.Equal(0, view.RepeatComplaints);
        Assert.Equal(2, view.TotalComplaints);
        Assert.DoesNotContain("ORD-1001", Snapshot(_history.State), StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_TakesOnlyANewerSummary_AndOpenComplaintIdsListsTheOpenOnes()
    {
        var open = Complaint("key-open");
        var closed = Complaint("key-closed");
        _history.Apply(open.File(), Now);
        _history.Apply(closed.File(), Now);
        closed.Acknowledge();
        closed.Assess(upheld: false, type: ComplaintType.Enquiry);
        _history.Apply(closed.Close(), Now);
        var acknowledged = open.Acknowledge()[^1];

        Assert.Equal([open.Id], _history.OpenComplaintIds());
        Assert.True(_history.Refresh(new StoredSummary(acknowledged.Sequence, acknowledged.Summary)));
        Assert.Equal(acknowledged.Summary, _history.State.Complaints[open.Id]);
        Assert.Equal(acknowledged.Sequence, _history.State.LastSequence[open.Id]);

        var before = Snapshot(_history.State);
        Assert.False(_history.Refresh(new StoredSummary(1, open.Events[0].Summary)));
        Assert.False(_history.Refresh(new StoredSummary(acknowledged.Sequence, acknowledged.Summary)));
        Assert.Equal(before, Snapshot(_history.State));
    }
}

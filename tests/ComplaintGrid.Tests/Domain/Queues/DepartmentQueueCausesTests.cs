using ComplaintGrid.Domain.Queues;

namespace ComplaintGrid.Tests.Domain.Queues;

/// <summary>The root-cause tile's counts: assessments by cause over the last 24 hours, in hourly buckets.</summary>
public sealed class DepartmentQueueCausesTests
{
    private readonly QueueHarness _q = new();

    [Fact]
    public void ToView_Assessments_AreCountedByCauseMostFirst_InTheAssessingDepartmentOnly()
    {
        foreach (var cause in new[] { Cause.Employee, Cause.System, Cause.System, Cause.Value, Cause.System, Cause.Employee })
            _q.Step(_q.Filed(), c => { c.Acknowledge(); c.Assess(cause: cause); });

        Assert.Equal(
            [new CauseCount(Cause.System, 3), new CauseCount(Cause.Employee, 2), new CauseCount(Cause.Value, 1)],
            _q.LogisticsView.CausesLastDay);
        Assert.Empty(_q.FinanceView.CausesLastDay);
    }

    [Fact]
    public void ToView_NoAssessment_HasNoCauses()
    {
        _q.Step(_q.Filed(), c => c.Acknowledge());

        Assert.Empty(_q.LogisticsView.CausesLastDay);
    }

    [Fact]
    public void ToView_AnAssessment25HoursAgo_FallsOutOfTheWindow()
    {
        _q.Step(_q.Filed(), c => { c.Acknowledge(); c.Assess(cause: Cause.Employee); });
        _q.Advance(TimeSpan.FromHours(23));
        Assert.Equal([new CauseCount(Cause.Employee, 1)], _q.LogisticsView.CausesLastDay);

        _q.Advance(TimeSpan.FromHours(2));
        _q.Step(_q.Filed(), c => { c.Acknowledge(); c.Assess(cause: Cause.Value); });

        Assert.Equal([new CauseCount(Cause.Value, 1)], _q.LogisticsView.CausesLastDay);
    }

    [Fact]
    public void Apply_AssessmentsEveryHourForTwoDays_KeepsAtMostADayOfBuckets()
    {
        for (var hour = 0; hour < 48; hour++)
        {
            _q.Step(_q.Filed(), c => { c.Acknowledge(); c.Assess(cause: Cause.System); });
            _q.Advance(TimeSpan.FromHours(1));
        }
        _q.Step(_q.Filed(), c => { c.Acknowledge(); c.Assess(cause: Cause.System); });

        Assert.InRange(_q.Logistics.State.Causes.Count, 24, 25);
        Assert.InRange(Assert.Single(_q.LogisticsView.CausesLastDay).Count, 24, 25);
    }

    [Fact]
    public void Apply_ARedeliveredAssessment_IsCountedOnce()
    {
        var c = _q.Filed();
        _q.Step(c, d => { d.Acknowledge(); d.Assess(cause: Cause.Value); });

        _q.Deliver();
        _q.Deliver();

        Assert.Equal([new CauseCount(Cause.Value, 1)], _q.LogisticsView.CausesLastDay);
    }

    [Fact]
    public void MustSee_AnAssessment_SoAnOutboxNeverDropsWhatTheTileCounts() =>
        Assert.True(DepartmentQueue.MustSee(_q.Step(_q.Filed(), c => c.Acknowledge()).Assess(cause: Cause.Employee).Single()));
}

namespace ComplaintGrid.Tests.Domain.Queues;

/// <summary>The measures of a department's view: service levels, windows, backlog, staffing and health.</summary>
public sealed class DepartmentQueueMeasuresTests
{
    private readonly QueueHarness _q = new();

    [Fact]
    public void ToView_Acknowledgements_GiveFirstResponseServiceLevels()
    {
        var onTime = _q.Filed();
        var late = _q.Filed();
        _q.Advance(TimeSpan.FromHours(1));
        _q.Step(onTime, c => c.Acknowledge());
        _q.Advance(TimeSpan.FromHours(4));
        _q.Step(late, c => c.Acknowledge());

        var view = _q.LogisticsView;

        Assert.Equal(0.0, view.FirstResponseServiceLevelLastHour);
        Assert.Equal(0.5, view.FirstResponseServiceLevelLastDay);
        Assert.Null(view.ResolutionServiceLevelLastHour);
        Assert.Null(view.ResolutionServiceLevelLastDay);
    }

    [Fact]
    public void ToView_NoActivity_ServiceLevelsAreUnknown()
    {
        var view = _q.LogisticsView;

        Assert.Null(view.FirstResponseServiceLevelLastHour);
        Assert.Null(view.FirstResponseServiceLevelLastDay);
        Assert.Null(view.AverageTimeToResolve);
        Assert.Equal(0, view.ResolvedLastDay);
    }

    [Fact]
    public void ToView_Resolutions_GiveResolutionServiceLevelThroughputAndAverage()
    {
        var slow = _q.Filed();
        _q.Advance(TimeSpan.FromDays(4));
        var fast = _q.Filed();
        _q.Advance(TimeSpan.FromHours(2));
        _q.Step(fast, c => c.ToResolvedFromFiled());
        _q.Advance(TimeSpan.FromHours(23));
        _q.Step(slow, c => c.ToResolvedFromFiled());

        var view = _q.LogisticsView;

        Assert.Equal(1, view.ResolvedLastHour);
        Assert.Equal(2, view.ResolvedLastDay);
        Assert.Equal(0.0, view.ResolutionServiceLevelLastHour);
        Assert.Equal(0.5, view.ResolutionServiceLevelLastDay);
        Assert.Equal(TimeSpan.FromHours((2 + 121) / 2.0), view.AverageTimeToResolve);

        _q.Advance(TimeSpan.FromHours(25));
        var dayLater = _q.LogisticsView;

        Assert.Equal(0, dayLater.ResolvedLastDay);
        Assert.Null(dayLater.ResolutionServiceLevelLastDay);
        Assert.Null(dayLater.AverageTimeToResolve);
    }

    [Fact]
    public void ToView_NewWindow_CountsFilingsOfLast15Minutes()
    {
        _q.Filed();
        _q.Advance(TimeSpan.FromMinutes(10));
        _q.Filed();

        _q.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(2, _q.LogisticsView.NewLast15Minutes);

        _q.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, _q.LogisticsView.NewLast15Minutes);

        _q.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, _q.LogisticsView.NewLast15Minutes);
    }

    [Fact]
    public void ToView_EventsDeliveredLate_AreCountedWhenTheyHappened()
    {
        var c = _q.Complaint();
        c.File();
        _q.Advance(TimeSpan.FromMinutes(30));
        c.Acknowledge();
        _q.Advance(TimeSpan.FromHours(2));

        _q.Deliver();

        var view = _q.LogisticsView;
        Assert.Equal(0, view.NewLast15Minutes);
        Assert.Null(view.FirstResponseServiceLevelLastHour);
        Assert.Equal(1.0, view.FirstResponseServiceLevelLastDay);
        Assert.Equal(1, view.Open);
    }

    [Fact]
    public void ToView_EventsDeliveredMoreThanADayLate_UpdateOpenQueueButNoActivity()
    {
        var c = _q.Complaint();
        c.File();
        c.Acknowledge();
        _q.Advance(TimeSpan.FromDays(2));

        _q.Deliver();

        var view = _q.LogisticsView;
        Assert.Equal(1, view.Open);
        Assert.Null(view.FirstResponseServiceLevelLastDay);
        Assert.Equal(0, view.NewLast15Minutes);
    }

    [Fact]
    public void ToView_Unacknowledged_ReportsOldestAge()
    {
        var first = _q.Filed();
        _q.Advance(TimeSpan.FromMinutes(10));
        var second = _q.Filed();
        _q.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(TimeSpan.FromMinutes(30), _q.LogisticsView.OldestUnacknowledgedAge);

        _q.Step(first, c => c.Acknowledge());
        Assert.Equal(TimeSpan.FromMinutes(20), _q.LogisticsView.OldestUnacknowledgedAge);

        _q.Step(second, c => c.Acknowledge());
        Assert.Null(_q.LogisticsView.OldestUnacknowledgedAge);
    }

    [Fact]
    public void ToView_ClockLevels_CountAtRiskAndBreached()
    {
        var c = _q.Filed();
        _q.Filed();

        _q.Advance(TimeSpan.FromHours(3));
        _q.Step(c, d => d.CheckDeadlines());
        Assert.Equal((1, 0), (_q.LogisticsView.AtRisk, _q.LogisticsView.Breached));

        _q.Advance(TimeSpan.FromHours(1));
        _q.Step(c, d => d.CheckDeadlines());
        Assert.Equal((0, 1), (_q.LogisticsView.AtRisk, _q.LogisticsView.Breached));
    }

    [Fact]
    public void ToView_AcknowledgedInTimeAfterAtRisk_IsNoLongerAtRisk()
    {
        var c = _q.Filed();
        _q.Advance(TimeSpan.FromHours(3));
        _q.Step(c, d => d.CheckDeadlines());
        _q.Advance(TimeSpan.FromMinutes(30));

        _q.Step(c, d => d.Acknowledge());

        Assert.True(c.State.FirstResponse.Met);
        Assert.Equal(0, _q.LogisticsView.AtRisk);
    }

    [Fact]
    public void ToView_OpenGrowingOverTheHour_ReportsBacklogTrend()
    {
        _q.Filed();
        _q.Advance(TimeSpan.FromMinutes(61));
        _q.Filed();
        _q.Filed();

        Assert.Equal(2, _q.LogisticsView.BacklogTrend);
    }

    [Fact]
    public void ToView_OpenShrinkingOverTheHour_ReportsNegativeTrend()
    {
        var a = _q.Filed();
        _q.Filed();
        _q.Advance(TimeSpan.FromMinutes(90));

        _q.Step(a, c =>
        {
            c.Acknowledge();
            c.Assess(upheld: false);
            c.Close();
        });

        Assert.Equal(-1, _q.LogisticsView.BacklogTrend);
    }

    [Fact]
    public void ToView_QuietForHoursThenNewComplaint_TrendCountsIt()
    {
        _q.Filed();
        _q.Advance(TimeSpan.FromHours(3));
        _q.Filed();

        Assert.Equal(1, _q.LogisticsView.BacklogTrend);
    }

    [Fact]
    public void ToView_QuietForMoreThanADayThenNewComplaint_TrendCountsIt()
    {
        _q.Filed();
        _q.Advance(TimeSpan.FromHours(30));
        _q.Filed();
        _q.Advance(TimeSpan.FromMinutes(5));
        _q.Filed();

        Assert.Equal(2, _q.LogisticsView.BacklogTrend);
    }

    [Fact]
    public void ToView_AgentsOnShift_GiveLoadPerAgent()
    {
        _q.Filed();
        _q.Filed();
        _q.Filed();
        Assert.Null(_q.LogisticsView.LoadPerAgent);
        Assert.Equal(0, _q.LogisticsView.AgentsOnShift);

        Assert.True(_q.Logistics.StartShift("agent-1"));
        Assert.False(_q.Logistics.StartShift("agent-1"));
        Assert.True(_q.Logistics.StartShift("agent-2"));
        Assert.Equal(2, _q.LogisticsView.AgentsOnShift);
        Assert.Equal(1.5, _q.LogisticsView.LoadPerAgent);

        Assert.True(_q.Logistics.EndShift("agent-2"));
        Assert.False(_q.Logistics.EndShift("agent-9"));
        Assert.Equal(3.0, _q.LogisticsView.LoadPerAgent);
    }

    [Fact]
    public void ToView_OpenWithoutAgents_IsAmberAndGreenOnceStaffed()
    {
        _q.Filed(Severity.Low);

        var unstaffed = _q.LogisticsView;
        Assert.Equal(HealthColour.Amber, unstaffed.Health);
        Assert.Equal(["No agents on shift for 1 open complaint(s)."], unstaffed.HealthReasons);

        _q.Logistics.StartShift("agent-1");
        var staffed = _q.LogisticsView;
        Assert.Equal(HealthColour.Green, staffed.Health);
        Assert.Empty(staffed.HealthReasons);
    }

    [Fact]
    public void ToView_LongUnacknowledged_TurnsAmberThenRedNamingTheMeasure()
    {
        _q.Logistics.StartShift("agent-1");
        _q.Filed(Severity.Low);

        _q.Advance(TimeSpan.FromMinutes(20));
        var amber = _q.LogisticsView;
        Assert.Equal(HealthColour.Amber, amber.Health);
        Assert.StartsWith("Oldest unacknowledged complaint waited 20 min", Assert.Single(amber.HealthReasons), StringComparison.Ordinal);

        _q.Advance(TimeSpan.FromMinutes(40));
        var red = _q.LogisticsView;
        Assert.Equal(HealthColour.Red, red.Health);
        Assert.StartsWith("Oldest unacknowledged complaint waited 1 h", Assert.Single(red.HealthReasons), StringComparison.Ordinal);
    }

    [Fact]
    public void ToView_ManyLateFirstResponses_IsRedOnServiceLevel()
    {
        _q.Logistics.StartShift("agent-1");
        var complaints = Enumerable.Range(0, 5).Select(_ => _q.Filed(Severity.Low)).ToArray();
        _q.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        foreach (var c in complaints)
            _q.Step(c, d => d.Acknowledge());

        var view = _q.LogisticsView;
        Assert.Equal(0.0, view.FirstResponseServiceLevelLastHour);
        Assert.Equal(HealthColour.Red, view.Health);
        Assert.Equal(0, view.Breached);
        var reason = Assert.Single(view.HealthReasons);
        Assert.StartsWith("First responses within deadline last hour", reason, StringComparison.Ordinal);
        Assert.Contains("red below", reason, StringComparison.Ordinal);
    }
}

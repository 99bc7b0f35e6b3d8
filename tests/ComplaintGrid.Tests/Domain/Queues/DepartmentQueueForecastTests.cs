namespace ComplaintGrid.Tests.Domain.Queues;

/// <summary>The breach forecast as a department's view makes it from real complaints' events.</summary>
public sealed class DepartmentQueueForecastTests
{
    private readonly QueueHarness _q = new();

    [Fact]
    public void ToView_CriticalComplaintsNearlyDueAndNobodyOnShift_ForecastsTheirBreachesAndTheArrivalsLikeThem()
    {
        _q.Filed(Severity.Critical);
        _q.Filed(Severity.Critical);
        _q.Filed(Severity.Low);
        _q.Advance(TimeSpan.FromMinutes(10));

        var forecast = _q.LogisticsView.Forecast;

        // Both Critical first responses are due in 5 minutes; two Critical an hour bring 1.5 more due within it.
        Assert.Equal(2, forecast.DueWithinHorizon);
        Assert.Equal(1.5, forecast.ArrivalsDueWithinHorizon);
        Assert.Equal(3.5, forecast.ExpectedBreaches);
        Assert.Equal(_q.Now + TimeSpan.FromHours(1), forecast.Until);
        Assert.Equal(3, forecast.ArrivalsPerHour);
    }

    [Fact]
    public void ToView_AcknowledgedInTime_LeavesTheForecastAndCountsTheWork()
    {
        _q.Logistics.StartShift("agent-1");
        var critical = _q.Filed(Severity.Critical);
        _q.Advance(TimeSpan.FromMinutes(10));
        _q.Step(critical, c => c.Acknowledge());

        var forecast = _q.LogisticsView.Forecast;

        Assert.Equal(0, forecast.DueWithinHorizon);
        Assert.Equal(1, forecast.FirstResponsesPerHour);
        // One Critical an hour brings 0.75 first responses due, at +37.5 min on average; one acknowledgement an hour
        // settles 0.625 of them by then.
        Assert.Equal(0.1, forecast.ExpectedBreaches);
    }

    [Fact]
    public void ToView_NobodyOnShift_CountsNoWorkWhateverWasDone()
    {
        var critical = _q.Filed(Severity.Critical);
        _q.Step(critical, c => c.Acknowledge());

        Assert.Equal(0, _q.LogisticsView.Forecast.FirstResponsesPerHour);
    }

    [Fact]
    public void ToView_ClockAlreadyBreached_IsNoLongerExpected()
    {
        var critical = _q.Filed(Severity.Critical);
        _q.Advance(TimeSpan.FromMinutes(16));
        _q.Step(critical, c => c.CheckDeadlines());

        Assert.Equal(0, _q.LogisticsView.Forecast.DueWithinHorizon);
    }

    [Fact]
    public void ToView_ContactRestartingTheUpdateClock_CountsAsUpdateWork_AndAPauseDoesNot()
    {
        _q.Logistics.StartShift("agent-1");
        var c = _q.Step(_q.Complaint(Severity.Critical), d => { d.File(); d.Acknowledge(); d.Assess(); d.Route(); });
        _q.Advance(TimeSpan.FromMinutes(5));
        _q.Step(c, d => d.InformCustomer());
        _q.Step(c, d => { d.PutOnHold(); d.Resume(); });

        Assert.Equal(1, _q.LogisticsView.Forecast.CustomerUpdatesPerHour);
    }

    [Fact]
    public void ToView_UpdateClockDueWithinTheHour_IsForecast()
    {
        var c = _q.Step(_q.Complaint(Severity.Critical), d => { d.File(); d.Acknowledge(); });
        _q.Advance(TimeSpan.FromHours(3.5));

        var forecast = _q.LogisticsView.Forecast;

        // The update clock (4 h) is due in 30 minutes; resolution (24 h) is not; nothing filed in the last hour.
        Assert.Equal(1, forecast.DueWithinHorizon);
        Assert.Equal(1, forecast.ExpectedBreaches);
    }

    [Fact]
    public void ToView_ComplaintHandedElsewhere_LeavesThisForecast()
    {
        var c = _q.Step(_q.Complaint(Severity.Critical), d => { d.File(); d.Acknowledge(); d.Assess(); d.Route(); });
        _q.Advance(TimeSpan.FromHours(3.5));
        _q.Step(c, d => d.HandOff("finance"));

        Assert.Equal(0, _q.LogisticsView.Forecast.DueWithinHorizon);
        Assert.Equal(1, _q.FinanceView.Forecast.DueWithinHorizon);
    }
}

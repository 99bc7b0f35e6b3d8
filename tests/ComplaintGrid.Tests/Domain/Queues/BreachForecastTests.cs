using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Queues;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Queues;

public sealed class BreachForecastTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _time = NewTime();

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Forecast_EmptyQueueNothingArriving_ExpectsNoBreachUntilTheHorizonsEnd()
    {
        var forecast = Forecast([], MeasuredPace.None);

        Assert.Equal(0, forecast.ExpectedBreaches);
        Assert.Equal(0, forecast.DueWithinHorizon);
        Assert.Equal(Now + Hour, forecast.Until);
        Assert.Equal(Hour, forecast.Horizon);
    }

    [Fact]
    public void Forecast_AllDueInTenMinutesAndNoWorkDone_ExpectsEveryOneToBreach()
    {
        var forecast = Forecast(Due(ClockKind.FirstResponse, TimeSpan.FromMinutes(10), 5), MeasuredPace.None);

        Assert.Equal(5, forecast.ExpectedBreaches);
        Assert.Equal(5, forecast.DueWithinHorizon);
    }

    [Fact]
    public void Forecast_FasterPace_ExpectsFewerBreaches()
    {
        var due = Due(ClockKind.FirstResponse, TimeSpan.FromMinutes(10), 5);

        // 12 an hour settle 2 in ten minutes; 60 an hour settle 10, more than are due.
        Assert.Equal(3, Forecast(due, Acks(12)).ExpectedBreaches);
        Assert.Equal(0, Forecast(due, Acks(60)).ExpectedBreaches);
    }

    [Fact]
    public void Forecast_ServesEarliestDueFirst_SoOnlyTheLaterOnesBreach()
    {
        // 6 an hour: one settled by +10 min, three by +30 min, in due order.
        var due = Due(ClockKind.FirstResponse, TimeSpan.FromMinutes(10), 1).Concat(Due(ClockKind.FirstResponse, TimeSpan.FromMinutes(30), 4));

        Assert.Equal(2, Forecast(due, Acks(6)).ExpectedBreaches);
    }

    [Fact]
    public void Forecast_DueBeyondTheHorizon_IsIgnored()
    {
        var forecast = Forecast(Due(ClockKind.Resolution, TimeSpan.FromMinutes(61), 3), MeasuredPace.None);

        Assert.Equal(0, forecast.ExpectedBreaches);
        Assert.Equal(0, forecast.DueWithinHorizon);
    }

    [Fact]
    public void Forecast_AlreadyOverdueNotYetEscalated_CannotBeSettledInTime()
    {
        var forecast = Forecast(Due(ClockKind.FirstResponse, TimeSpan.FromMinutes(-1), 2), Acks(1_000));

        Assert.Equal(2, forecast.ExpectedBreaches);
    }

    [Fact]
    public void Forecast_EachClockIsSettledOnlyByItsOwnWork()
    {
        var forecast = Forecast(Due(ClockKind.Resolution, TimeSpan.FromMinutes(20), 2), Acks(1_000) with { CustomerUpdatesPerHour = 1_000 });

        Assert.Equal(2, forecast.ExpectedBreaches);
    }

    [Fact]
    public void Forecast_CriticalArrivals_ComeDueWithinTheHourAndAreCounted()
    {
        // Four Critical an hour, 15 minutes to respond: those arriving in the first 45 minutes come due by the hour's end.
        var pace = MeasuredPace.None with { ArrivalsPerHourBySeverity = [0, 0, 0, 4] };

        var forecast = Forecast([], pace);

        Assert.Equal(3, forecast.ArrivalsDueWithinHorizon);
        Assert.Equal(3, forecast.ExpectedBreaches);
        Assert.Equal(4, forecast.ArrivalsPerHour);
    }

    [Fact]
    public void Forecast_ArrivalsWithAllowancesOverTheHour_DoNotComeDue()
    {
        var pace = MeasuredPace.None with { ArrivalsPerHourBySeverity = [30, 20, 10, 0] };

        var forecast = Forecast([], pace);

        Assert.Equal(0, forecast.ArrivalsDueWithinHorizon);
        Assert.Equal(0, forecast.ExpectedBreaches);
    }

    [Fact]
    public void Forecast_ArrivalsCompeteWithTheQueueForTheSamePace()
    {
        // Ten acknowledgements an hour: the queue's three due at +10 min take 1.7 of them; the arrivals the rest.
        var pace = Acks(10) with { ArrivalsPerHourBySeverity = [0, 0, 0, 4] };

        var forecast = Forecast(Due(ClockKind.FirstResponse, TimeSpan.FromMinutes(10), 3), pace);

        // Queue: 10 × 10/60 = 1.67 settled, 1.33 breach. Arrivals: 3 due at +37.5 min, capacity 6.25 − 1.67 = 4.58 ≥ 3.
        Assert.Equal(1.3, forecast.ExpectedBreaches);
    }

    private BreachForecastView Forecast(IEnumerable<(ClockKind, DateTimeOffset)> due, MeasuredPace pace) =>
        BreachForecast.Forecast(Now, Hour, due, pace, ClockPolicyOptions.StandardFor);

    private IEnumerable<(ClockKind, DateTimeOffset)> Due(ClockKind kind, TimeSpan from, int count) =>
        Enumerable.Repeat((kind, Now + from), count).ToArray();

    private static MeasuredPace Acks(double perHour) => MeasuredPace.None with { FirstResponsesPerHour = perHour };
}

using ComplaintGrid.Domain.Queues;

namespace ComplaintGrid.Tests.Domain.Queues;

public sealed class BreachForecastOptionsValidatorTests
{
    private static readonly BreachForecastOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds() => Assert.True(Validator.Validate(null, new BreachForecastOptions()).Succeeded);

    [Fact]
    public void Validate_SpansOutsideAMinuteToADay_NameTheirKeys()
    {
        var options = new BreachForecastOptions { Horizon = TimeSpan.Zero, RateWindow = TimeSpan.FromDays(2) };

        var result = Validator.Validate(null, options);

        Assert.Equal(
            ["ComplaintGrid:BreachForecast:Horizon must be between 00:01:00 and 1.00:00:00 (was 00:00:00).",
             "ComplaintGrid:BreachForecast:RateWindow must be between 00:01:00 and 1.00:00:00 (was 2.00:00:00)."],
            result.Failures!);
    }
}

namespace ComplaintGrid.Domain.Queues;

/// <summary>How far ahead a department's breach forecast looks and how much of the past sets its pace (section <c>ComplaintGrid:BreachForecast</c>).</summary>
public sealed class BreachForecastOptions
{
    public const string SectionName = "ComplaintGrid:BreachForecast";

    /// <summary>The forecast counts the breaches expected between now and now plus this: the next hour a lead plans.</summary>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The recent past whose completions and arrivals give the pace: an hour follows a shift's change of pace within the hour it matters.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromHours(1);
}

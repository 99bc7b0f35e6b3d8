namespace ComplaintGrid;

/// <summary>
/// The breaches a department is expected to have before <see cref="Until"/>, and what the figure was made of
/// (docs/domain.md, breach forecast): its open clocks coming due, its measured pace, and the arrivals expected to come
/// due within the horizon.
/// </summary>
/// <param name="ExpectedBreaches">Deadlines expected to breach by <paramref name="Until"/>, to one decimal.</param>
/// <param name="Until">The end of the horizon: when the forecast was made plus <paramref name="Horizon"/>.</param>
/// <param name="Horizon">How far ahead it looks.</param>
/// <param name="DueWithinHorizon">Running clocks of open complaints, not yet breached, that come due by <paramref name="Until"/>.</param>
/// <param name="ArrivalsDueWithinHorizon">Clocks of complaints not yet filed that are expected to come due by <paramref name="Until"/>, to one decimal.</param>
/// <param name="FirstResponsesPerHour">Acknowledgements per hour, measured over the rate window.</param>
/// <param name="CustomerUpdatesPerHour">Customer-update clocks restarted by a contact per hour, measured over the rate window.</param>
/// <param name="ResolutionsPerHour">Resolutions per hour, measured over the rate window.</param>
/// <param name="ArrivalsPerHour">Complaints filed per hour, measured over the rate window.</param>
[GenerateSerializer, Immutable, Alias("cg.BreachForecastView")]
public sealed record BreachForecastView(
    [property: Id(0)] double ExpectedBreaches,
    [property: Id(1)] DateTimeOffset Until,
    [property: Id(2)] TimeSpan Horizon,
    [property: Id(3)] int DueWithinHorizon,
    [property: Id(4)] double ArrivalsDueWithinHorizon,
    [property: Id(5)] double FirstResponsesPerHour,
    [property: Id(6)] double CustomerUpdatesPerHour,
    [property: Id(7)] double ResolutionsPerHour,
    [property: Id(8)] double ArrivalsPerHour);

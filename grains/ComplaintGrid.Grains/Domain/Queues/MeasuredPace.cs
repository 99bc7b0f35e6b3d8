namespace ComplaintGrid.Domain.Queues;

/// <summary>
/// What a department actually did over the recent rate window, per hour: the work that stops or restarts each clock,
/// and the complaints that arrived. The breach forecast's pace is this, never a configured figure.
/// </summary>
/// <param name="FirstResponsesPerHour">Acknowledgements: what stops a first-response clock.</param>
/// <param name="CustomerUpdatesPerHour">Contacts that restarted a running customer-update clock.</param>
/// <param name="ResolutionsPerHour">Resolutions: what stops a resolution clock.</param>
/// <param name="ArrivalsPerHourBySeverity">Complaints filed per hour, indexed by <see cref="Severity"/>.</param>
public sealed record MeasuredPace(
    double FirstResponsesPerHour,
    double CustomerUpdatesPerHour,
    double ResolutionsPerHour,
    IReadOnlyList<double> ArrivalsPerHourBySeverity)
{
    /// <summary>Nothing done, nothing arriving.</summary>
    public static readonly MeasuredPace None = new(0, 0, 0, [0, 0, 0, 0]);

    /// <summary>The work per hour that settles <paramref name="kind"/>'s clock.</summary>
    public double PerHour(ClockKind kind) => kind switch
    {
        ClockKind.FirstResponse => FirstResponsesPerHour,
        ClockKind.CustomerUpdate => CustomerUpdatesPerHour,
        _ => ResolutionsPerHour,
    };

    /// <summary>All complaints filed per hour.</summary>
    public double ArrivalsPerHour => ArrivalsPerHourBySeverity.Sum();

    /// <summary>The same arrivals with no work done: nobody on shift to do it.</summary>
    public MeasuredPace WithoutWork() => this with { FirstResponsesPerHour = 0, CustomerUpdatesPerHour = 0, ResolutionsPerHour = 0 };
}

namespace ComplaintGrid.Domain.Calendars;

/// <summary>The configured calendars, compiled once at start-up and shared by every complaint.</summary>
public sealed class BusinessCalendars
{
    private readonly Dictionary<string, BusinessCalendar> _byName;

    /// <summary>Compiles every calendar in <paramref name="options"/>; they must have passed <see cref="BusinessCalendarOptionsValidator"/>.</summary>
    public BusinessCalendars(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _byName = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var (name, settings) in options.Calendars)
        {
            var failures = new List<string>();
            _byName[name] = BusinessCalendarCompiler.TryCompile(name, settings, failures)
                ?? throw new InvalidOperationException(string.Join(" ", failures));
        }
    }

    /// <summary>No calendars: every clock counts around the clock.</summary>
    public static BusinessCalendars None { get; } = new(new BusinessCalendarOptions());

    /// <summary>Whether a calendar of this name is configured.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The calendar of this name; null for none, or for a name no longer configured (its clocks count wall time).</summary>
    public BusinessCalendar? Find(string? name) => name is not null && _byName.TryGetValue(name, out var calendar) ? calendar : null;
}

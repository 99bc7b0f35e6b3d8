namespace ComplaintGrid.Domain.Calendars;

/// <summary>
/// The business-hours calendars by name (configuration section <c>ComplaintGrid:Calendars</c>, one entry per name).
/// Departments name theirs under <c>ComplaintGrid:Clocks:DepartmentCalendars</c>.
/// </summary>
public sealed class BusinessCalendarOptions
{
    public const string SectionName = "ComplaintGrid:Calendars";

    /// <summary>Calendars by name.</summary>
    public Dictionary<string, BusinessCalendarSettings> Calendars { get; set; } = new(StringComparer.Ordinal);
}

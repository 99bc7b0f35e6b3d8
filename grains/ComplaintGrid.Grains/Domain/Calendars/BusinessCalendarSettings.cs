namespace ComplaintGrid.Domain.Calendars;

/// <summary>One business-hours calendar as configured under <c>ComplaintGrid:Calendars:{name}</c>.</summary>
public sealed class BusinessCalendarSettings
{
    /// <summary>IANA time zone id, e.g. <c>Europe/London</c>; hours and holidays are in it.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Opening spans by weekday name (<c>Monday</c> … <c>Sunday</c>), several a day allowed; a day left out is closed.</summary>
    public Dictionary<string, List<string>> Hours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Closed dates: <c>"2026-12-25"</c>, or a range of dates with both ends included, <c>"2026-12-24..2026-12-26"</c>.</summary>
    public List<string> Holidays { get; set; } = [];
}

using ComplaintGrid.Domain.Calendars;
using static ComplaintGrid.Tests.Domain.Calendars.TestCalendars;

namespace ComplaintGrid.Tests.Domain.Calendars;

public sealed class BusinessCalendarOptionsValidatorTests
{
    private static readonly BusinessCalendarOptionsValidator Validator = new();

    private static string[] Failures(BusinessCalendarSettings settings)
    {
        var result = Validator.Validate(null, new BusinessCalendarOptions { Calendars = { ["london"] = settings } });
        Assert.True(result.Failed);
        return [.. result.Failures];
    }

    [Fact]
    public void Validate_NoCalendarsOrValidOnes_Succeeds()
    {
        Assert.True(Validator.Validate(null, new BusinessCalendarOptions()).Succeeded);
        var options = new BusinessCalendarOptions
        {
            Calendars =
            {
                ["london"] = Settings("Europe/London", Weekdays, ["08:00-12:00", "13:00-18:00"], "2026-12-25", "2026-12-24..2026-12-26"),
                ["nights"] = Settings("America/New_York", Weekdays, ["22:00-06:00"]),
            },
        };
        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_UnknownTimeZone_NamesTheKey()
    {
        var failure = Assert.Single(Failures(Settings("Europe/Londn", Weekdays, ["09:00-17:00"])));
        Assert.Equal("ComplaintGrid:Calendars:london:TimeZone \"Europe/Londn\" is not a known IANA time zone id (such as \"Europe/London\").", failure);
    }

    [Fact]
    public void Validate_MissingTimeZone_NamesTheKey()
    {
        Assert.StartsWith("ComplaintGrid:Calendars:london:TimeZone is required", Assert.Single(Failures(Settings("", Weekdays, ["09:00-17:00"]))), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverlappingSpansOnADay_NamesTheDayAndBothSpans()
    {
        var failure = Assert.Single(Failures(Settings("Europe/London", ["Monday"], ["08:00-12:00", "11:00-18:00"])));
        Assert.Equal("ComplaintGrid:Calendars:london:Hours:Monday span \"08:00-12:00\" overlaps Monday's span \"11:00-18:00\".", failure);
    }

    [Fact]
    public void Validate_SpanPastMidnightOverlappingTheNextDay_IsRefused_IncludingSundayIntoMonday()
    {
        var settings = Settings("Europe/London", ["Monday", "Tuesday"], ["07:00-12:00"]);
        settings.Hours["Sunday"] = ["22:00-08:00"];

        var failure = Assert.Single(Failures(settings));

        Assert.Equal("ComplaintGrid:Calendars:london:Hours:Sunday span \"22:00-08:00\" overlaps Monday's span \"07:00-12:00\".", failure);
    }

    [Theory]
    [InlineData("10:00-10:00", "ComplaintGrid:Calendars:london:Hours:Monday:1 is an empty span")]
    [InlineData("nine to five", "ComplaintGrid:Calendars:london:Hours:Monday:1 must be a span \"HH:mm-HH:mm\"")]
    public void Validate_EmptyOrMalformedSpan_NamesTheKeyAndIndex(string span, string expected)
    {
        var failure = Assert.Single(Failures(Settings("Europe/London", ["Monday"], ["07:00-09:00", span])));
        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownWeekday_NamesTheKey()
    {
        var settings = Settings("Europe/London", ["Monday"], ["09:00-17:00"]);
        settings.Hours["Mondy"] = ["09:00-17:00"];

        Assert.Equal("ComplaintGrid:Calendars:london:Hours:Mondy is not a weekday: use Monday … Sunday.", Assert.Single(Failures(settings)));
    }

    [Theory]
    [InlineData("2026-13-01", "ComplaintGrid:Calendars:london:Holidays:1 must be a date")]
    [InlineData("25/12/2026", "ComplaintGrid:Calendars:london:Holidays:1 must be a date")]
    [InlineData("2026-12-24..", "ComplaintGrid:Calendars:london:Holidays:1 must be a date")]
    [InlineData("2026-12-26..2026-12-24", "ComplaintGrid:Calendars:london:Holidays:1 ends before it starts")]
    [InlineData("2026-01-01..2027-06-01", "ComplaintGrid:Calendars:london:Holidays:1 spans more than 366 days")]
    public void Validate_MalformedHoliday_NamesTheKeyAndIndex(string holiday, string expected)
    {
        var failure = Assert.Single(Failures(Settings("Europe/London", Weekdays, ["09:00-17:00"], "2026-12-25", holiday)));
        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NeverOpen_IsRefused()
    {
        var failure = Assert.Single(Failures(Settings("Europe/London", [], [])));
        Assert.StartsWith("ComplaintGrid:Calendars:london:Hours opens on no day", failure, StringComparison.Ordinal);
    }
}

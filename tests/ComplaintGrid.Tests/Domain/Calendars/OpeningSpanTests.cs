using ComplaintGrid.Domain.Calendars;
using NodaTime;

namespace ComplaintGrid.Tests.Domain.Calendars;

public sealed class OpeningSpanTests
{
    [Theory]
    [InlineData("08:00-12:00", 8, 0, 12, 0, false, 240)]
    [InlineData(" 13:30 - 18:00 ", 13, 30, 18, 0, false, 270)]
    [InlineData("22:00-02:00", 22, 0, 2, 0, true, 240)]
    [InlineData("00:00-24:00", 0, 0, 0, 0, true, 1440)]
    [InlineData("18:00-00:00", 18, 0, 0, 0, true, 360)]
    public void TryParse_ValidSpan_ReadsStartEndAndWhetherItRunsPastMidnight(
        string text, int startHour, int startMinute, int endHour, int endMinute, bool endsNextDay, int minutes)
    {
        Assert.True(OpeningSpan.TryParse(text, out var span, out _));
        Assert.Equal(new OpeningSpan(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute), endsNextDay), span);
        Assert.Equal(Duration.FromMinutes(minutes), span.LocalLength);
    }

    [Theory]
    [InlineData("9-17", "must be a span")]
    [InlineData("09:00", "must be a span")]
    [InlineData("09:00-17:00-18:00", "must be a span")]
    [InlineData("25:00-26:00", "must be a span")]
    [InlineData("24:00-02:00", "must be a span")]
    [InlineData("", "must be a span")]
    [InlineData("10:00-10:00", "empty span")]
    public void TryParse_Malformed_SaysWhy(string text, string expected)
    {
        Assert.False(OpeningSpan.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}

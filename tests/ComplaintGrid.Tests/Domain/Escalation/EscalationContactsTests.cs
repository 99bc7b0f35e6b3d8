using ComplaintGrid.Domain.Escalation;

namespace ComplaintGrid.Tests.Domain.Escalation;

/// <summary>Whom an escalation is sent to: the defaults, a department's own list, and a rota's people by the time of day.</summary>
public sealed class EscalationContactsTests
{
    /// <summary>A Monday.</summary>
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);

    private static EscalationContactOptions Person(string name, string role, string address) =>
        new() { Name = name, Role = role, Address = address };

    private static RotaShiftOptions Shift(TimeSpan from, TimeSpan to, params DayOfWeek[] days) => new() { Days = [.. days], From = from, To = to };

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static EscalationOptions Options() => new()
    {
        Contacts = new EscalationContactTableOptions
        {
            Defaults =
            {
                [EscalationLevel.AtRisk] = [Person("Ana", "Team lead", "ana@example.com")],
                [EscalationLevel.Breached] = [Person("Ben", "Head of department", "@ben")],
                [EscalationLevel.Level4] = [Person("Eve", "Executive", "eve@example.com"), new() { Rota = "duty-managers" }],
            },
            Departments =
            {
                ["logistics"] = new() { [EscalationLevel.Breached] = [Person("Lou", "Head of Logistics", "pager:4711")] },
            },
        },
        Rotas =
        {
            ["duty-managers"] =
            [
                new RotaMemberOptions { Name = "Day", Role = "Duty manager", Address = "day@example.com", Shifts = [Shift(TimeSpan.FromHours(8), TimeSpan.FromHours(20), Weekdays)] },
                new RotaMemberOptions { Name = "Night", Role = "Duty manager", Address = "night@example.com", Shifts = [Shift(TimeSpan.FromHours(20), TimeSpan.FromHours(8), Weekdays)] },
                new RotaMemberOptions { Name = "Weekend", Role = "Duty manager", Address = "weekend@example.com", Shifts = [Shift(TimeSpan.Zero, TimeSpan.Zero, DayOfWeek.Saturday, DayOfWeek.Sunday)] },
            ],
        },
    };

    private static string[] Names(IEnumerable<EscalationContact> contacts) => contacts.Select(c => c.Name).ToArray();

    [Fact]
    public void For_DepartmentWithoutItsOwnList_GetsTheDefaults()
    {
        var told = new EscalationContacts(Options()).For("finance", EscalationLevel.Breached, Monday.AddHours(10));

        Assert.Equal([new EscalationContact("Ben", "Head of department", "@ben")], told);
    }

    [Fact]
    public void For_DepartmentWithItsOwnListForTheLevel_GetsOnlyThat_AndTheDefaultsForOtherLevels()
    {
        var contacts = new EscalationContacts(Options());

        Assert.Equal(["Lou"], Names(contacts.For("logistics", EscalationLevel.Breached, Monday)));
        Assert.Equal(["Ana"], Names(contacts.For("logistics", EscalationLevel.AtRisk, Monday)));
    }

    [Fact]
    public void For_LevelWithNoContacts_TellsNobody() =>
        Assert.Empty(new EscalationContacts(Options()).For("logistics", EscalationLevel.Level3, Monday));

    [Theory]
    [InlineData(0, 10, "Day")]        // Monday 10:00
    [InlineData(0, 8, "Day")]         // a shift starts at its From
    [InlineData(0, 20, "Night")]      // and ends just before its To
    [InlineData(1, 3, "Night")]       // Tuesday 03:00: Monday night's shift runs past midnight
    [InlineData(6, 23, "Weekend")]    // Sunday 23:00: a whole-day shift (00:00 to 00:00)
    [InlineData(5, 12, "Weekend")]    // Saturday noon
    [InlineData(4, 23, "Night")]      // Friday 23:00: Friday night's shift
    public void For_Rota_NamesWhoeverIsOnShiftThen(int daysAfterMonday, int hour, string expected)
    {
        var at = Monday.AddDays(daysAfterMonday).AddHours(hour);

        var told = new EscalationContacts(Options()).For("finance", EscalationLevel.Level4, at);

        Assert.Equal("Eve", told[0].Name);
        var onCall = Assert.Single(told.Skip(1));
        Assert.Equal(expected, onCall.Name);
        Assert.Equal("duty-managers", onCall.Rota);
    }

    [Fact]
    public void For_RotaWithNobodyOnShift_AddsNobody()
    {
        var options = Options();
        options.Rotas["duty-managers"].RemoveAll(m => m.Name == "Weekend");

        var told = new EscalationContacts(options).For("finance", EscalationLevel.Level4, Monday.AddDays(6).AddHours(12));

        Assert.Equal(["Eve"], Names(told));
    }

    [Fact]
    public void For_SameAddressNamedTwice_IsToldOnce()
    {
        var options = Options();
        options.Contacts.Defaults[EscalationLevel.AtRisk].Add(Person("Ana again", "Team lead", "ANA@example.com"));

        Assert.Equal(["Ana"], Names(new EscalationContacts(options).For("finance", EscalationLevel.AtRisk, Monday)));
    }

    [Fact]
    public void None_TellsNobody() => Assert.Empty(EscalationContacts.None.For("logistics", EscalationLevel.Level4, Monday));
}

using System.Text;
using System.Text.RegularExpressions;
using ComplaintGrid.Domain.Calendars;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Tests.Domain.Calendars;

/// <summary>Calendars and tiers bound from configuration keys as the silo binds them, and refused at start-up naming the key.</summary>
public sealed class CalendarConfigurationTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        // A later setting of a key replaces an earlier one, as a later configuration source does.
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings)
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddComplaintGridGrains().BuildServiceProvider();
    }

    private static readonly (string, string)[] LondonOffice =
    [
        ("ComplaintGrid:Calendars:london:TimeZone", "Europe/London"),
        ("ComplaintGrid:Calendars:london:Hours:Monday:0", "08:00-12:00"),
        ("ComplaintGrid:Calendars:london:Hours:Monday:1", "13:00-18:00"),
        ("ComplaintGrid:Calendars:london:Hours:friday:0", "22:00-02:00"),
        ("ComplaintGrid:Calendars:london:Holidays:0", "2026-12-24..2026-12-26"),
        ("ComplaintGrid:Clocks:DepartmentCalendars:logistics", "london"),
        ("ComplaintGrid:Clocks:AroundTheClock:Critical", "false"),
        ("ComplaintGrid:Clocks:Tiers:Gold:Factor", "0.5"),
        ("ComplaintGrid:Clocks:Tiers:Platinum:Severities:High:FirstResponse", "00:10:00"),
    ];

    [Fact]
    public void Bind_CalendarsDepartmentsAndTiers_AsConfigured()
    {
        using var services = Services(LondonOffice);
        var policy = services.GetRequiredService<ClockPolicy>();

        var calendar = policy.CalendarFor("logistics", Severity.Critical);

        Assert.NotNull(calendar);
        Assert.Equal("Europe/London", calendar.Zone.Id);
        Assert.Equal(13 * TimeSpan.FromHours(1), calendar.WeeklyOpenTime);
        Assert.True(calendar.IsHoliday(new NodaTime.LocalDate(2026, 12, 25)));
        Assert.Null(policy.CalendarFor("finance", Severity.Medium));
        Assert.Equal(new Entitlement(ValueTier.Gold, 0.5, false), policy.AllowancesFor("finance", Severity.High, ValueTier.Gold).Entitlement);
        Assert.Equal(TimeSpan.FromMinutes(10), policy.AllowancesFor("finance", Severity.High, ValueTier.Platinum).Allowances.FirstResponse);
    }

    [Fact]
    public void Start_UnknownTimeZone_IsRefusedNamingTheKey()
    {
        using var services = Services([.. LondonOffice, ("ComplaintGrid:Calendars:london:TimeZone", "Europe/Lundon")]);

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BusinessCalendarOptions>>().Value);

        Assert.StartsWith("ComplaintGrid:Calendars:london:TimeZone \"Europe/Lundon\"", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_DepartmentNamingAMissingCalendar_IsRefusedNamingTheKey()
    {
        using var services = Services([.. LondonOffice, ("ComplaintGrid:Clocks:DepartmentCalendars:finance", "new-york")]);

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ClockPolicyOptions>>().Value);

        Assert.Equal(
            "ComplaintGrid:Clocks:DepartmentCalendars:finance names calendar 'new-york', which is not configured under ComplaintGrid:Calendars.",
            Assert.Single(ex.Failures));
    }

    [Fact]
    public void Start_ValidatesCalendarsOnStart()
    {
        using var services = Services([.. LondonOffice, ("ComplaintGrid:Calendars:london:Hours:Monday:2", "17:00-19:00")]);

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ComplaintGrid:Calendars:london:Hours:Monday span \"13:00-18:00\" overlaps Monday's span \"17:00-19:00\".", ex.Failures);
    }

    [Fact]
    public void TheExampleInTheConfigurationDocs_IsValid_AndMeansWhatItSays()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "configuration.md"));
        var json = Regex.Match(docs, @"## Business hours and entitlements, for example.*?```json\n(?<json>.*?)\n```", RegexOptions.Singleline).Groups["json"].Value;
        Assert.NotEmpty(json);
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddComplaintGridGrains().BuildServiceProvider();

        services.GetRequiredService<IStartupValidator>().Validate();
        var policy = services.GetRequiredService<ClockPolicy>();

        var office = policy.CalendarFor("logistics", Severity.Medium)!;
        Assert.Equal(TimeSpan.FromHours(49), office.WeeklyOpenTime);
        Assert.True(office.IsHoliday(new NodaTime.LocalDate(2026, 12, 25)));
        Assert.Null(policy.CalendarFor("logistics", Severity.Critical));
        Assert.Equal(TimeSpan.FromMinutes(10), policy.AllowancesFor("logistics", Severity.High, ValueTier.Platinum).Allowances.FirstResponse);
        Assert.Equal(TimeSpan.FromHours(6), policy.AllowancesFor("logistics", Severity.High, ValueTier.Platinum).Allowances.CustomerUpdate);
        Assert.Equal(TimeSpan.FromMinutes(30), policy.AllowancesFor("logistics", Severity.High, ValueTier.Gold).Allowances.FirstResponse);
    }
}

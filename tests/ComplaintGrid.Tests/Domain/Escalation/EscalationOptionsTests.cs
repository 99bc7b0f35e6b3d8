using ComplaintGrid.Domain.Escalation;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Tests.Domain.Escalation;

/// <summary>The escalation contacts as the silo binds them from configuration, and a bad entry refused naming its key.</summary>
public sealed class EscalationOptionsTests
{
    private static IOptions<EscalationOptions> Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("ComplaintGrid:Escalation:" + s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddComplaintGridGrains().BuildServiceProvider();
        return services.GetRequiredService<IOptions<EscalationOptions>>();
    }

    private static string Failure(params (string Key, string Value)[] settings) =>
        Assert.Single(Assert.Throws<OptionsValidationException>(() => Bind(settings).Value).Failures);

    [Fact]
    public void Bind_NothingConfigured_TellsNobody() => Assert.Empty(Bind().Value.Contacts.Defaults);

    [Fact]
    public void Bind_DefaultsDepartmentsAndARota_ResolveAsConfigured()
    {
        var options = Bind(
            ("Contacts:Defaults:AtRisk:0:Name", "Ana"), ("Contacts:Defaults:AtRisk:0:Role", "Team lead"), ("Contacts:Defaults:AtRisk:0:Address", "ana@example.com"),
            ("Contacts:Departments:logistics:AtRisk:0:Rota", "logistics-leads"),
            ("Rotas:logistics-leads:0:Name", "Lou"), ("Rotas:logistics-leads:0:Role", "Shift lead"), ("Rotas:logistics-leads:0:Address", "#logistics"),
            ("Rotas:logistics-leads:0:Shifts:0:Days:0", "Monday"), ("Rotas:logistics-leads:0:Shifts:0:From", "08:00"),
            ("Rotas:logistics-leads:0:Shifts:0:To", "16:00")).Value;
        var contacts = new EscalationContacts(options);
        var mondayMorning = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal([new EscalationContact("Ana", "Team lead", "ana@example.com")], contacts.For("finance", EscalationLevel.AtRisk, mondayMorning));
        Assert.Equal([new EscalationContact("Lou", "Shift lead", "#logistics", "logistics-leads")], contacts.For("logistics", EscalationLevel.AtRisk, mondayMorning));
        Assert.Empty(contacts.For("logistics", EscalationLevel.AtRisk, mondayMorning.AddHours(8)));
    }

    [Fact]
    public void Bind_PersonWithoutAddress_IsRefusedNamingTheKey() =>
        Assert.Equal("ComplaintGrid:Escalation:Contacts:Defaults:Breached:0:Address is required.",
            Failure(("Contacts:Defaults:Breached:0:Name", "Ben"), ("Contacts:Defaults:Breached:0:Role", "Head of department")));

    [Fact]
    public void Bind_UnknownRota_IsRefusedNamingTheKey() =>
        Assert.Equal("ComplaintGrid:Escalation:Contacts:Defaults:Level4:0:Rota names rota 'execs', which is not configured under ComplaintGrid:Escalation:Rotas.",
            Failure(("Contacts:Defaults:Level4:0:Rota", "execs")));

    [Fact]
    public void Bind_UnknownDepartment_IsRefusedNamingTheKey() =>
        Assert.StartsWith("ComplaintGrid:Escalation:Contacts:Departments:logistix names a department that is not configured",
            Failure(("Contacts:Departments:logistix:AtRisk:0:Name", "Ana"), ("Contacts:Departments:logistix:AtRisk:0:Role", "Team lead"),
                ("Contacts:Departments:logistix:AtRisk:0:Address", "ana@example.com")), StringComparison.Ordinal);

    [Fact]
    public void Bind_LevelNone_IsRefusedNamingTheKey() =>
        Assert.StartsWith("ComplaintGrid:Escalation:Contacts:Defaults:None is no escalation level",
            Failure(("Contacts:Defaults:None:0:Name", "Ana"), ("Contacts:Defaults:None:0:Role", "Team lead"), ("Contacts:Defaults:None:0:Address", "ana@example.com")),
            StringComparison.Ordinal);

    [Fact]
    public void Bind_RotaMemberWithoutShifts_IsRefusedNamingTheKey() =>
        Assert.StartsWith("ComplaintGrid:Escalation:Rotas:leads:0:Shifts is empty",
            Failure(("Rotas:leads:0:Name", "Lou"), ("Rotas:leads:0:Role", "Shift lead"), ("Rotas:leads:0:Address", "#leads")), StringComparison.Ordinal);

    [Fact]
    public void Bind_ShiftEndingPastMidnightAsATime_IsRefusedNamingTheKey() =>
        Assert.StartsWith("ComplaintGrid:Escalation:Rotas:leads:0:Shifts:0:To must be a time of day",
            Failure(("Rotas:leads:0:Name", "Lou"), ("Rotas:leads:0:Role", "Shift lead"), ("Rotas:leads:0:Address", "#leads"),
                ("Rotas:leads:0:Shifts:0:Days:0", "Friday"), ("Rotas:leads:0:Shifts:0:From", "22:00"), ("Rotas:leads:0:Shifts:0:To", "1.06:00:00")),
            StringComparison.Ordinal);
}

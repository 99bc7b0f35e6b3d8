using ComplaintGrid.Domain.Escalation;
using ComplaintGrid.Domain.Holds;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A cluster of its own with a short hold limit, escalation contacts (a default team lead and head of department, and a
/// logistics rota of a day and a night shift lead) and a <c>chat</c> webhook subscribed to escalations, on a fake clock
/// that starts on a Monday at 09:00 UTC (the logistics day shift).
/// </summary>
public sealed class EscalationClusterFixture() : FakeClockClusterFixture(ClusterFixture.Start)
{
    /// <summary>How long a Medium complaint may stay on hold here.</summary>
    public static readonly TimeSpan MediumHold = TimeSpan.FromMinutes(10);

    public static readonly EscalationContact TeamLead = new("Ana Lead", "Team lead", "ana@example.com");
    public static readonly EscalationContact DepartmentHead = new("Ben Head", "Head of department", "@ben");
    public static readonly EscalationContact DayLead = new("Dana Day", "Shift lead", "#logistics-day", "logistics-leads");
    public static readonly EscalationContact NightLead = new("Nico Night", "Shift lead", "pager:4711", "logistics-leads");

    /// <summary>What the <c>chat</c> subscription sends.</summary>
    public static readonly ComplaintEventKind[] WebhookEvents =
        [ComplaintEventKind.Escalated, ComplaintEventKind.EscalationRequested, ComplaintEventKind.HoldExpired];

    public LoopbackWebhookReceiver Webhooks { get; } = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Webhooks.DisposeAsync();
    }

    private static EscalationContactOptions Person(EscalationContact c) => new() { Name = c.Name, Role = c.Role, Address = c.Address };

    private static RotaMemberOptions Member(EscalationContact c, TimeSpan from, TimeSpan to) => new()
    {
        Name = c.Name, Role = c.Role, Address = c.Address,
        Shifts = [new RotaShiftOptions { Days = [.. Enum.GetValues<DayOfWeek>()], From = from, To = to }],
    };

    protected override void ConfigureSilo(IServiceCollection services)
    {
        services.Configure<HoldOptions>(o => o.Longest[Severity.Medium] = MediumHold);
        services.Configure<EscalationOptions>(o =>
        {
            o.Contacts.Defaults[EscalationLevel.AtRisk] = [Person(TeamLead)];
            o.Contacts.Defaults[EscalationLevel.Breached] = [Person(DepartmentHead)];
            o.Contacts.Departments["logistics"] = new() { [EscalationLevel.AtRisk] = [new EscalationContactOptions { Rota = "logistics-leads" }] };
            o.Rotas["logistics-leads"] =
            [
                Member(DayLead, TimeSpan.FromHours(8), TimeSpan.FromHours(20)),
                Member(NightLead, TimeSpan.FromHours(20), TimeSpan.FromHours(8)),
            ];
        });
        PostWebhooks(services, "chat", Webhooks, WebhookEvents);
    }
}

[CollectionDefinition(Name)]
public sealed class EscalationCollection : ICollectionFixture<EscalationClusterFixture>
{
    public const string Name = "escalation-contacts";
}

using System.Text;
using System.Text.Json;
using ComplaintGrid.Api;
using ComplaintGrid.Cli;
using ComplaintGrid.Dashboard;
using ComplaintGrid.Grains.Webhooks;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ComplaintGrid.Tests.Json;

/// <summary>
/// The four places ComplaintGrid writes JSON (HTTP API, the dashboard's SignalR feed, webhook bodies, the CLI's
/// <c>--json</c>) take their options from <see cref="ComplaintGridJson"/>, each as its host registers them: they write a
/// value byte for byte alike, as the wire always had it, and read enums only by name.
/// </summary>
public sealed class JsonSurfacesTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 9, 30, 15, 250, TimeSpan.Zero);

    private static readonly ComplaintEvent Event = new("CMP-TEST", 7, ComplaintEventKind.Escalated, At,
        new ComplaintSummary("CMP-TEST", "cust-1042", "logistics", ComplaintStatus.Investigating, null, Severity.High,
            Severity.Critical, Category.Delivery, SubjectKind.Order, "ORD-88123", ComplaintType.Substantive, At.AddHours(-26),
            At.AddHours(-25), null, null, true, null, EscalationLevel.None, EscalationLevel.None, EscalationLevel.Breached,
            EscalationLevel.Breached, 1, 0, 1, false, null, "agent-7"),
        "customer-service", ClockKind.Resolution, EscalationLevel.Breached);

    // The webhook body as it was written before the surfaces shared their options: subscribers verify its signature
    // over these very bytes, so they must not move.
    private static readonly string Wire = """
        {"subscription":"crm","deliveryId":"crm:CMP-TEST:7","complaintId":"CMP-TEST","sequence":7,"kind":"Escalated",
        "at":"2025-03-04T09:30:15.25+00:00","clock":"Resolution","level":"Breached","complaint":{"complaintId":"CMP-TEST",
        "customerId":"cust-1042","departmentId":"logistics","status":"Investigating","outcome":null,"severity":"High",
        "priority":"Critical","category":"Delivery","subject":"Order","reference":"ORD-88123","type":"Substantive",
        "filedAt":"2025-03-03T07:30:15.25+00:00","acknowledgedAt":"2025-03-03T08:30:15.25+00:00","resolvedAt":null,
        "closedAt":null,"firstResponseMet":true,"resolutionMet":null,"firstResponseLevel":"None","customerUpdateLevel":"None",
        "resolutionLevel":"Breached","escalationLevel":"Breached","breachCount":1,"reopenCount":0,"handOffCount":1,
        "pingPong":false,"satisfied":null,"ownerAgentId":"agent-7","isOpen":true,"clockLevel":"Breached"}}
        """.ReplaceLineEndings("");

    [Fact]
    public void TheWebhookBody_OfAnEscalationThatToldSomeone_AddsItsRecipientsAtTheEnd()
    {
        var told = Event with { Recipients = [new EscalationContact("Ana", "Team lead", "ana@example.com"), new EscalationContact("Lou", "Duty manager", "#duty", "duty")] };

        Assert.Equal(
            Wire[..^1] + ""","recipients":[{"name":"Ana","role":"Team lead","address":"ana@example.com","rota":null},""" +
            """{"name":"Lou","role":"Duty manager","address":"#duty","rota":"duty"}]}""",
            Encoding.UTF8.GetString(WebhookSender.Body("crm", told)));
    }

    public static TheoryData<string> Surfaces() => ["api", "hub", "webhook", "cli"];

    [Fact]
    public void TheWebhookBody_IsTheWireAsItWas() =>
        Assert.Equal(Wire, Encoding.UTF8.GetString(WebhookSender.Body("crm", Event)));

    [Fact]
    public void TheWebhookBody_CarriesTheCause_OnceAssessed() =>
        Assert.Contains("\"ownerAgentId\":\"agent-7\",\"cause\":\"Employee\",\"isOpen\":true",
            Encoding.UTF8.GetString(WebhookSender.Body("crm", Event with { Summary = Event.Summary with { Cause = Cause.Employee } })), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Surfaces))]
    public void EverySurface_WritesTheEventAsTheWebhookBody(string surface)
    {
        var payload = new WebhookPayload("crm", WebhookSender.DeliveryId("crm", Event), Event.ComplaintId, Event.Sequence,
            Event.Kind, Event.At, Event.Clock, Event.Level, Event.Summary);

        Assert.Equal(Wire, JsonSerializer.Serialize(payload, OptionsOf(surface)));
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public void EverySurface_WritesAnEnumAsItsName(string surface) =>
        Assert.Equal("\"InPerson\"", JsonSerializer.Serialize(Channel.InPerson, OptionsOf(surface)));

    [Theory]
    [MemberData(nameof(Surfaces))]
    public void EverySurface_RefusesANumericEnum_NamingTheAllowedValues(string surface)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Channel>("1", OptionsOf(surface)));

        Assert.Equal("must be one of Phone, Email, Chat, Web, Social, InPerson.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public void EverySurface_ReadsCamelCaseInAnyCase_AndRefusesDeepNesting(string surface)
    {
        var options = OptionsOf(surface);
        var profile = JsonSerializer.Deserialize<CustomerProfile>("""{"CUSTOMERSINCE":"2020-01-31T00:00:00+00:00","valueTier":"gold"}""", options);
        var tooDeep = new string('[', ComplaintGridJson.MaxDepth + 1) + new string(']', ComplaintGridJson.MaxDepth + 1);

        Assert.Equal(new CustomerProfile(new DateTimeOffset(2020, 1, 31, 0, 0, 0, TimeSpan.Zero), ValueTier.Gold), profile);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<JsonElement>(tooDeep, options));
    }

    /// <summary>The options a surface really uses, taken from where its host registers them.</summary>
    private static JsonSerializerOptions OptionsOf(string surface) => surface switch
    {
        "api" => Registered<HttpJsonOptions>(s => s.AddComplaintGridApi(EmptyConfiguration)).SerializerOptions,
        "hub" => Registered<JsonHubProtocolOptions>(s => s.AddComplaintGridDashboard(EmptyConfiguration)).PayloadSerializerOptions,
        // WebhookSender.Body writes with these; TheWebhookBody_IsTheWireAsItWas holds it to the same bytes.
        "webhook" => ComplaintGridJson.Options,
        "cli" => CliJson.Compact,
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, null),
    };

    private static readonly IConfiguration EmptyConfiguration = new ConfigurationBuilder().Build();

    private static T Registered<T>(Action<IServiceCollection> register) where T : class
    {
        var services = new ServiceCollection();
        register(services);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<T>>().Value;
    }
}

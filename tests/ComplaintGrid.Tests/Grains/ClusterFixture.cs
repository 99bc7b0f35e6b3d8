using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// One in-process cluster shared by a test collection, on a fake clock the tests move, with a <c>crm</c> webhook
/// subscription posting to <see cref="Webhooks"/>.
/// </summary>
public class ClusterFixture() : FakeClockClusterFixture(Start)
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The subscriber of the silo's <c>crm</c> webhook subscription (see <see cref="WebhookEvents"/>).</summary>
    public LoopbackWebhookReceiver Webhooks { get; } = new();

    /// <summary>What the test silo's <c>crm</c> subscription sends.</summary>
    public static readonly ComplaintEventKind[] WebhookEvents =
        [ComplaintEventKind.Acknowledged, ComplaintEventKind.Escalated, ComplaintEventKind.Resolved, ComplaintEventKind.Closed];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Webhooks.DisposeAsync();
    }

    protected override void ConfigureSilo(IServiceCollection services) => PostWebhooks(services, "crm", Webhooks, WebhookEvents);
}

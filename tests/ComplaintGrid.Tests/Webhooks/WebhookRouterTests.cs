using ComplaintGrid.Domain.Webhooks;

namespace ComplaintGrid.Tests.Webhooks;

public sealed class WebhookRouterTests
{
    private static readonly WebhookSubscriptionOptions Closes = new() { Name = "crm", Events = ["Closed"] };
    private static readonly WebhookSubscriptionOptions Everything = new() { Name = "bi", Events = ["*"] };
    private static readonly WebhookRouter Router = new(new WebhookOptions { Shards = 1, Subscriptions = [Closes, Everything] });

    private static ComplaintEvent Event(ComplaintEventKind kind) => new("CMP-1", 1, kind, DateTimeOffset.UnixEpoch, null!, null, null, null);

    [Fact]
    public void QueuesFor_AnErasure_GoesToEverySubscriptionSoEachBlanksWhatItHolds() =>
        Assert.Equal(["crm/0", "bi/0"], Router.QueuesFor(Event(ComplaintEventKind.PersonalDataErased)));

    [Fact]
    public void QueuesFor_AnotherKind_GoesOnlyWhereSubscribed() =>
        Assert.Equal(["bi/0"], Router.QueuesFor(Event(ComplaintEventKind.Acknowledged)));

    [Fact]
    public void Wants_IsWhatTheSubscriptionNamed()
    {
        Assert.False(WebhookRouter.Wants(Closes, ComplaintEventKind.PersonalDataErased));
        Assert.True(WebhookRouter.Wants(Everything, ComplaintEventKind.PersonalDataErased));
        Assert.True(WebhookRouter.Wants(new WebhookSubscriptionOptions { Events = ["personaldataerased"] }, ComplaintEventKind.PersonalDataErased));
    }
}

using ComplaintGrid.Domain.Webhooks;

namespace ComplaintGrid.Tests.Webhooks;

public sealed class WebhookOptionsValidatorTests
{
    private static WebhookSubscriptionOptions Valid() => new()
    {
        Name = "crm",
        Url = "https://crm.example.com/hooks/complaints",
        Secret = "0123456789abcdef",
        Events = ["Acknowledged", "escalated", "Resolved", "Closed"],
    };

    private static IEnumerable<string> Failures(WebhookOptions options) =>
        new WebhookOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_ValidSubscriptionOrNone_Succeeds()
    {
        Assert.True(new WebhookOptionsValidator().Validate(null, new WebhookOptions { Subscriptions = [Valid()] }).Succeeded);
        Assert.True(new WebhookOptionsValidator().Validate(null, new WebhookOptions()).Succeeded);
        Assert.True(new WebhookOptionsValidator().Validate(null, new WebhookOptions { Subscriptions = [new WebhookSubscriptionOptions
        {
            Name = "all_events-1", Url = "http://127.0.0.1:9000/", Secret = "0123456789abcdef", Events = ["*"],
        }] }).Succeeded);
    }

    [Theory]
    [InlineData("crm.example.com/hooks")]
    [InlineData("ftp://crm.example.com/hooks")]
    [InlineData("")]
    public void Validate_UrlNotAbsoluteHttp_NamesTheKey(string url) =>
        Assert.Contains("ComplaintGrid:Webhooks:Subscriptions:0:Url must be an absolute http or https URL.",
            Failures(new WebhookOptions { Subscriptions = [Apply(Valid(), s => s.Url = url)] }));

    [Fact]
    public void Validate_ShortSecret_NamesTheKey() =>
        Assert.Contains("ComplaintGrid:Webhooks:Subscriptions:0:Secret must be at least 16 characters.",
            Failures(new WebhookOptions { Subscriptions = [Apply(Valid(), s => s.Secret = "0123456789abcde")] }));

    [Fact]
    public void Validate_UnknownEvent_NamesTheKeyAndTheKinds()
    {
        var failure = Assert.Single(Failures(new WebhookOptions { Subscriptions = [Apply(Valid(), s => s.Events = ["Acknowledged", "Reslved"])] }));

        Assert.StartsWith("ComplaintGrid:Webhooks:Subscriptions:0:Events:1 'Reslved' is not an event kind; use one of Filed, Acknowledged,", failure);
    }

    [Fact]
    public void Validate_NumericEvent_IsNotAName() =>
        Assert.Contains(Failures(new WebhookOptions { Subscriptions = [Apply(Valid(), s => s.Events = ["11"])] }),
            f => f.StartsWith("ComplaintGrid:Webhooks:Subscriptions:0:Events:0 '11' is not an event kind", StringComparison.Ordinal));

    [Fact]
    public void Validate_NoEvents_NamesTheKey() =>
        Assert.Contains(Failures(new WebhookOptions { Subscriptions = [Apply(Valid(), s => s.Events = [])] }),
            f => f.StartsWith("ComplaintGrid:Webhooks:Subscriptions:0:Events must list event kinds", StringComparison.Ordinal));

    [Fact]
    public void Validate_DuplicateOrBadName_NamesTheKey()
    {
        var failures = Failures(new WebhookOptions { Subscriptions = [Valid(), Valid(), Apply(Valid(), s => s.Name = "crm/2")] });

        Assert.Contains("ComplaintGrid:Webhooks:Subscriptions:1:Name 'crm' is used by another subscription.", failures);
        Assert.Contains("ComplaintGrid:Webhooks:Subscriptions:2:Name must be 1 to 64 letters, digits, '-' or '_'.", failures);
    }

    [Fact]
    public void Validate_BadLimits_NameTheirKeys()
    {
        var failures = Failures(new WebhookOptions
        {
            Shards = 0,
            Timeout = TimeSpan.Zero,
            InitialRetryDelay = TimeSpan.FromSeconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            MaxPendingPerQueue = 0,
        });

        Assert.Equal(
            [
                "ComplaintGrid:Webhooks:Shards must be between 1 and 256.",
                "ComplaintGrid:Webhooks:Timeout must be positive.",
                "ComplaintGrid:Webhooks:MaxRetryDelay must not be shorter than ComplaintGrid:Webhooks:InitialRetryDelay.",
                "ComplaintGrid:Webhooks:MaxPendingPerQueue must be at least 1.",
            ],
            failures);
    }

    private static WebhookSubscriptionOptions Apply(WebhookSubscriptionOptions options, Action<WebhookSubscriptionOptions> change)
    {
        change(options);
        return options;
    }
}

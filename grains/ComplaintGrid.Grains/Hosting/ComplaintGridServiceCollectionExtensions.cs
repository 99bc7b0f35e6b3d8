using ComplaintGrid.Domain.Approval;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Privacy;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Domain.Routing;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Grains.Webhooks;
using ComplaintGrid.History;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Hosting;

/// <summary>Registers the domain rules the grains decide by, bound to configuration and validated at start-up.</summary>
public static class ComplaintGridServiceCollectionExtensions
{
    public static IServiceCollection AddComplaintGridGrains(this IServiceCollection services)
    {
        services.AddOptions<ClockPolicyOptions>().BindConfiguration(ClockPolicyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClockPolicyOptions>, ClockPolicyOptionsValidator>();

        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.SectionName)
            .PostConfigure(o => o.ApplyStandardWhenEmpty()).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();

        services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueHealthOptions>().BindConfiguration(QueueHealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueueHealthOptions>, QueueHealthOptionsValidator>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddOptions<ComplaintGrainOptions>().BindConfiguration(ComplaintGrainOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddSingleton(sp => new WebhookRouter(sp.GetRequiredService<IOptions<WebhookOptions>>().Value));
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        services.TryAddKeyedSingleton(ComplaintGridClock.Key, TimeProvider.System);
        // Webhook timing (signature timestamps, backoff) is transport, like Orleans' timers: real time even when tests move the domain clock.
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ComplaintGridMetrics>();
        services.AddHostedService<MetricsAtStart>();
        // A durable profile registers its history store before or after this; the in-memory one registers none.
        services.AddOptions<HistoryOptions>().BindConfiguration(HistoryOptions.SectionName).ValidateOnStart();
        services.TryAddSingleton(sp => new ComplaintHistory(
            sp.GetRequiredService<IOptions<HistoryOptions>>().Value.Enabled ? sp.GetService<IComplaintHistoryStore>() : null));
        services.AddSingleton(sp => new RoutingTable(sp.GetRequiredService<IOptions<RoutingOptions>>().Value));
        services.AddSingleton(sp => new ClockPolicy(sp.GetRequiredService<IOptions<ClockPolicyOptions>>().Value));
        services.AddSingleton(sp => new ApprovalPolicy(sp.GetRequiredService<IOptions<ApprovalOptions>>().Value));
        services.AddSingleton(sp => new RetentionPolicy(sp.GetRequiredService<IOptions<RetentionOptions>>().Value));
        services.AddSingleton(sp => new ComplaintRules(
            sp.GetRequiredService<ClockPolicy>(), sp.GetRequiredService<RoutingTable>(), sp.GetRequiredService<ApprovalPolicy>(),
            sp.GetRequiredService<RetentionPolicy>()));
        return services;
    }
}

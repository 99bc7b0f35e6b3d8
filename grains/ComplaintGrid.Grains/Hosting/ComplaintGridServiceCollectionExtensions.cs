using ComplaintGrid.Domain.Approval;
using ComplaintGrid.Domain.BadFaith;
using ComplaintGrid.Domain.Calendars;
using ComplaintGrid.Domain.Churn;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Escalation;
using ComplaintGrid.Domain.Duplicates;
using ComplaintGrid.Domain.Holds;
using ComplaintGrid.Domain.Incidents;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Privacy;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Domain.Routing;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Grains.Churn;
using ComplaintGrid.Grains.Webhooks;
using ComplaintGrid.History;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.Configuration;
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
        // Each calendar is an entry directly under the section (ComplaintGrid:Calendars:{name}).
        services.AddOptions<BusinessCalendarOptions>()
            .Configure<IConfiguration>((o, configuration) => configuration.GetSection(BusinessCalendarOptions.SectionName).Bind(o.Calendars))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BusinessCalendarOptions>, BusinessCalendarOptionsValidator>();

        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.SectionName)
            .PostConfigure(o => o.ApplyStandardWhenEmpty()).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();

        services.TryAddSingleton<CurrentChurnModel>();
        services.AddOptions<ChurnLearningOptions>().BindConfiguration(ChurnLearningOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueHealthOptions>().BindConfiguration(QueueHealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueueHealthOptions>, QueueHealthOptionsValidator>();
        services.AddOptions<BreachForecastOptions>().BindConfiguration(BreachForecastOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BreachForecastOptions>, BreachForecastOptionsValidator>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddOptions<HoldOptions>().BindConfiguration(HoldOptions.SectionName).ValidateOnStart();
        services.AddOptions<DuplicateOptions>().BindConfiguration(DuplicateOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DuplicateOptions>, DuplicateOptionsValidator>();
        services.AddSingleton(sp => new DuplicateDetector(sp.GetRequiredService<IOptions<DuplicateOptions>>().Value));
        services.AddSingleton<IValidateOptions<HoldOptions>, HoldOptionsValidator>();
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EscalationOptions>, EscalationOptionsValidator>();
        services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IncidentOptions>, IncidentOptionsValidator>();
        services.AddOptions<ComplaintGrainOptions>().BindConfiguration(ComplaintGrainOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BadFaithOptions>().BindConfiguration(BadFaithOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

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
        services.AddSingleton(sp => new BusinessCalendars(sp.GetRequiredService<IOptions<BusinessCalendarOptions>>().Value));
        services.AddSingleton(sp => new ClockPolicy(
            sp.GetRequiredService<IOptions<ClockPolicyOptions>>().Value, sp.GetRequiredService<BusinessCalendars>()));
        services.AddSingleton(sp => new ApprovalPolicy(sp.GetRequiredService<IOptions<ApprovalOptions>>().Value));
        services.AddSingleton(sp => new RetentionPolicy(sp.GetRequiredService<IOptions<RetentionOptions>>().Value));
        services.AddSingleton(sp => new ComplaintRules(
            sp.GetRequiredService<ClockPolicy>(), sp.GetRequiredService<RoutingTable>(), sp.GetRequiredService<ApprovalPolicy>(),
            sp.GetRequiredService<RetentionPolicy>(),
            new HoldPolicy(sp.GetRequiredService<IOptions<HoldOptions>>().Value),
            new EscalationContacts(sp.GetRequiredService<IOptions<EscalationOptions>>().Value)));
        return services;
    }
}

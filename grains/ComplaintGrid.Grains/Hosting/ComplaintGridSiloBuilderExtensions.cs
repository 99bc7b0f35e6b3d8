using ComplaintGrid.Grains.Churn;
using ComplaintGrid.Grains.Ids;
using ComplaintGrid.Grains.StaleCopies;
using ComplaintGrid.Grains.Tracing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Hosting;

/// <summary>Everything a silo needs to host ComplaintGrid's grains, whatever its storage profile.</summary>
public static class ComplaintGridSiloBuilderExtensions
{
    /// <summary>
    /// Orleans schedules an overdue reminder at its next period boundary, so after a silo is lost or restarted
    /// a deadline fires up to one period late. Escalation reminders therefore repeat every few seconds (see
    /// <see cref="ComplaintGrainOptions.ReminderRetryPeriod"/>), below Orleans' one-minute default minimum.
    /// </summary>
    public static readonly TimeSpan MinimumReminderPeriod = TimeSpan.FromSeconds(1);

    public static ISiloBuilder AddComplaintGrid(this ISiloBuilder silo)
    {
        silo.Services.AddComplaintGridGrains();
        silo.Services.AddSingleton<SiloDeaths>();
        silo.Services.AddSingleton<ComplaintIdKey>();
        silo.Services.AddHostedService<SiloDeathWatch>();
        silo.Services.AddHostedService<ChurnModelRefresh>();
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = MinimumReminderPeriod);
        return silo;
    }

    /// <summary>
    /// Grain calls continue the caller's trace (an HTTP request's, a client's), and spans of calls that concern a
    /// complaint carry its id. Only for a silo that exports traces: call filters take every grain call off Orleans'
    /// filterless path and cost allocations on each call even when no tracer listens. The tagging filter is added
    /// after Orleans' own so that it sees each call's span.
    /// </summary>
    public static ISiloBuilder AddComplaintGridTracing(this ISiloBuilder silo)
    {
        silo.AddActivityPropagation();
        silo.AddIncomingGrainCallFilter<ComplaintSpanTags>();
        silo.AddOutgoingGrainCallFilter<ComplaintSpanTags>();
        return silo;
    }
}

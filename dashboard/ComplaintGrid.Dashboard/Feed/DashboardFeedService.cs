using ComplaintGrid.Dashboard.Hub;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Dashboard.Feed;

/// <summary>
/// One per dashboard host: every frame interval it reads the cluster with four cheap calls (the department
/// directory, a stateless worker that fans out to the departments for their views and new escalations; and the escalation, risk and
/// incident boards, which answer null when unchanged), folds the result into <see cref="DashboardFeed"/>, and sends each group at most
/// one frame, at once (<see cref="FramePacer"/>). The pace is the host's, never the event rate's: this is the coalescing.
/// </summary>
internal sealed class DashboardFeedService(
    IGrainFactory grains,
    DashboardFeed feed,
    IHubContext<DashboardHub, IDashboardClient> hub,
    IOptions<DashboardFeedOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DashboardFeedService> logger) : BackgroundService
{
    private readonly TimeProvider _time = TimeProvider.System;

    // Start as failing, so the grain calls refused while the silo is still starting are not reported as an outage.
    private bool _failing = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pacer = new FramePacer(options.Value.FrameInterval, _time);
        try
        {
            // Hosted services start before the silo has joined its cluster; reading grains earlier only
            // produces placement retries in the log.
            await WaitForStart(stoppingToken);
            while (true)
            {
                await pacer.WaitForRead(stoppingToken);
                await Tick(pacer);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task WaitForStart(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
    }

    private async Task Tick(FramePacer pacer)
    {
        FeedChanges? changes;
        try
        {
            // Views and their escalations in one read: a row reaches the browser in the frame of the tile change it caused.
            var departments = grains.GetGrain<IDepartmentDirectoryGrain>(0).ReadForFeed(feed.EscalationsSeen);
            var escalations = grains.GetGrain<IEscalationBoardGrain>(0).GetIfChanged(feed.EscalationBoardVersion);
            var risk = grains.GetGrain<IRiskBoardGrain>(0).GetIfChanged(feed.RiskBoardVersion);
            var incidents = grains.GetGrain<IIncidentBoardGrain>(0).GetIfChanged(feed.IncidentBoardVersion);
            await Task.WhenAll(departments, escalations, risk, incidents);
            changes = feed.Apply(await departments, await escalations, await risk, await incidents);
            if (_failing)
            {
                _failing = false;
                FeedLog.Connected(logger, options.Value.FrameInterval);
            }
        }
        catch (Exception ex)
        {
            if (!_failing)
                FeedLog.PollFailed(logger, ex);
            _failing = true;
            return;
        }
        if (changes is null)
            return;

        try
        {
            pacer.FrameSent();
            var sentAt = _time.GetUtcNow();
            var sends = new List<Task>();
            if (feed.FrameFor(changes, null) is { } all)
                sends.Add(hub.Clients.Group(DashboardGroups.All).Frame(all with { SentAt = sentAt }));
            foreach (var department in feed.Departments)
            {
                if (feed.FrameFor(changes, department.DepartmentId) is { } frame)
                    sends.Add(hub.Clients.Group(DashboardGroups.For(department.DepartmentId)).Frame(frame with { SentAt = sentAt }));
            }
            await Task.WhenAll(sends);
            DashboardMetrics.FramesSent.Inc(sends.Count);
        }
        catch (Exception ex)
        {
            FeedLog.SendFailed(logger, ex);
        }
    }
}

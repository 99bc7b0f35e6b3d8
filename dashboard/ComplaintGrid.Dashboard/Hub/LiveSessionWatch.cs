using ComplaintGrid.Api.Auth;
using ComplaintGrid.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Dashboard.Hub;

/// <summary>
/// Every <see cref="DashboardAuthOptions.LiveSessionCheck"/>, closes the live-feed connections whose browser session was
/// signed out (on any host) or has lapsed, so a signed-out session stops receiving the board too.
/// </summary>
internal sealed partial class LiveSessionWatch(
    LiveSessions sessions, IGrainFactory grains, IOptions<DashboardAuthOptions> options, TimeProvider clock, ILogger<LiveSessionWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LiveSessionCheck, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var session in sessions.BySession())
            {
                try
                {
                    if (await grains.GetGrain<ISignInSessionGrain>(session.Key).Get() is not null)
                        continue;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The store is unreachable: keep the connections rather than drop every board at once.
                    LiveSessionCheckFailed(logger, ex);
                    break;
                }
                var closed = 0;
                foreach (var connection in session)
                {
                    connection.Abort();
                    closed++;
                }
                LiveSessionEnded(logger, closed);
            }
        }
    }

    [LoggerMessage(EventId = LogEventIds.Auth + 10, Level = LogLevel.Information, Message = "Closed {Count} live-feed connection(s) of a session that was signed out or lapsed")]
    private static partial void LiveSessionEnded(ILogger logger, int count);

    [LoggerMessage(EventId = LogEventIds.Auth + 11, Level = LogLevel.Warning, Message = "Could not check the live feed's sessions; they stay open until the next check")]
    private static partial void LiveSessionCheckFailed(ILogger logger, Exception exception);
}

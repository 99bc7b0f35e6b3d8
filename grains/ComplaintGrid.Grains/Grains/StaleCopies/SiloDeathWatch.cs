using ComplaintGrid.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.StaleCopies;

/// <summary>
/// Follows the cluster's membership and tells <see cref="SiloDeaths"/> when a silo is declared dead without having
/// left (it was active, not shutting down). Deaths already in the table when this silo starts are history, not news,
/// and so is an earlier run of this silo on the same address.
/// </summary>
internal sealed partial class SiloDeathWatch(
    IClusterMembershipService membership, ILocalSiloDetails localSilo, SiloDeaths deaths, ILogger<SiloDeathWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    await Follow(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A background service that throws stops the host. Deaths may have gone unseen meanwhile: fence as
                    // if one had, which costs a write per complaint read for a while and risks nothing.
                    WatchFailed(logger, ex);
                    deaths.Learned();
                }
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task Follow(CancellationToken stoppingToken)
    {
        ClusterMembershipSnapshot? previous = null;
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
        {
            if (previous is not null)
                Compare(previous, snapshot);
            previous = snapshot;
        }
    }

    private void Compare(ClusterMembershipSnapshot previous, ClusterMembershipSnapshot current)
    {
        foreach (var silo in DiedWithoutLeaving(previous, current, localSilo.SiloAddress))
        {
            deaths.Learned();
            SiloDeclaredDead(logger, silo.ToString());
        }
    }

    /// <summary>
    /// The silos dead in <paramref name="current"/> that were not dead, nor shutting down, in <paramref name="previous"/>:
    /// a silo shutting down deactivates its grains first, so no copy of it can wake later. An earlier run on this
    /// silo's address is marked dead when this one starts; it cannot wake either, since this process holds its port.
    /// </summary>
    internal static List<SiloAddress> DiedWithoutLeaving(ClusterMembershipSnapshot previous, ClusterMembershipSnapshot current, SiloAddress local)
    {
        var died = new List<SiloAddress>();
        foreach (var (silo, member) in current.Members)
        {
            if (member.Status == SiloStatus.Dead
                && !silo.Endpoint.Equals(local.Endpoint)
                && previous.GetSiloStatus(silo) is not (SiloStatus.Dead or SiloStatus.ShuttingDown or SiloStatus.Stopping))
                died.Add(silo);
        }
        return died;
    }

    [LoggerMessage(EventId = LogEventIds.Grains + 9, Level = LogLevel.Warning,
        Message = "Silo {Silo} was declared dead without leaving; complaints activated here around now write once before their first read, in case it was only frozen")]
    private static partial void SiloDeclaredDead(ILogger logger, string silo);

    [LoggerMessage(EventId = LogEventIds.Grains + 10, Level = LogLevel.Error,
        Message = "Following cluster membership failed; complaints activated here in the next minutes write once before their first read, as after a death")]
    private static partial void WatchFailed(ILogger logger, Exception exception);
}

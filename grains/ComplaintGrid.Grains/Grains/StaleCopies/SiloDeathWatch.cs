using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Grains.StaleCopies;

/// <summary>
/// Follows the cluster's membership and tells <see cref="SiloDeaths"/> when a silo is declared dead without having
/// left (it was active, not shutting down). Deaths already in the table when this silo starts are history, not news.
/// </summary>
internal sealed partial class SiloDeathWatch(
    IClusterMembershipService membership, ILocalSiloDetails localSilo, SiloDeaths deaths, ILogger<SiloDeathWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ClusterMembershipSnapshot? previous = null;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                if (previous is not null)
                    Compare(previous, snapshot);
                previous = snapshot;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Compare(ClusterMembershipSnapshot previous, ClusterMembershipSnapshot current)
    {
        foreach (var (silo, member) in current.Members)
        {
            if (member.Status != SiloStatus.Dead || silo.Equals(localSilo.SiloAddress) || !DiedWithoutLeaving(previous.GetSiloStatus(silo)))
                continue;
            deaths.Learned();
            SiloDeclaredDead(logger, silo.ToString());
        }
    }

    /// <summary>A silo shutting down deactivates its grains first, so no copy of it can wake later.</summary>
    private static bool DiedWithoutLeaving(SiloStatus before) =>
        before is not (SiloStatus.Dead or SiloStatus.ShuttingDown or SiloStatus.Stopping);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning,
        Message = "Silo {Silo} was declared dead without leaving; complaints activated here around now write once before their first read, in case it was only frozen")]
    private static partial void SiloDeclaredDead(ILogger logger, string silo);
}

using System.Collections.Immutable;
using System.Net;
using ComplaintGrid.Grains.StaleCopies;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Which membership changes count as a death that a frozen silo could wake from.</summary>
public sealed class SiloDeathWatchTests
{
    private static readonly SiloAddress Local = Silo(11111, generation: 2);
    private static readonly SiloAddress Other = Silo(11112, generation: 1);

    [Fact]
    public void ActiveSiloDeclaredDead_IsADeath() =>
        Assert.Equal([Other], Died((Other, SiloStatus.Active), (Other, SiloStatus.Dead)));

    [Theory]
    [InlineData(SiloStatus.ShuttingDown)]
    [InlineData(SiloStatus.Stopping)]
    public void SiloThatWasLeaving_IsNoDeath(SiloStatus before) =>
        Assert.Empty(Died((Other, before), (Other, SiloStatus.Dead)));

    [Fact]
    public void SiloAlreadyDead_IsNoNews() =>
        Assert.Empty(Died((Other, SiloStatus.Dead), (Other, SiloStatus.Dead)));

    [Fact]
    public void SiloNeverSeenAlive_FirstSeenDead_IsADeath() =>
        Assert.Equal([Other], Died(null, (Other, SiloStatus.Dead)));

    [Fact]
    public void EarlierRunOnThisSilosAddress_IsNoDeath()
    {
        var earlierRun = Silo(Local.Endpoint.Port, generation: 1);
        Assert.Empty(Died((earlierRun, SiloStatus.Active), (earlierRun, SiloStatus.Dead)));
    }

    private static List<SiloAddress> Died((SiloAddress Silo, SiloStatus Status)? before, (SiloAddress Silo, SiloStatus Status) after) =>
        SiloDeathWatch.DiedWithoutLeaving(Snapshot(1, before), Snapshot(2, after), Local);

    private static ClusterMembershipSnapshot Snapshot(long version, (SiloAddress Silo, SiloStatus Status)? member)
    {
        var members = ImmutableDictionary<SiloAddress, ClusterMember>.Empty.Add(Local, new ClusterMember(Local, SiloStatus.Active, "local"));
        if (member is { } m)
            members = members.Add(m.Silo, new ClusterMember(m.Silo, m.Status, "other"));
        return new ClusterMembershipSnapshot(members, new MembershipVersion(version));
    }

    private static SiloAddress Silo(int port, int generation) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), generation);
}

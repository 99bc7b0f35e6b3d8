using System.Data;
using System.Net;
using ComplaintGrid.Silo.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>
/// The membership protocol's table operations, driven directly on Orleans' own <see cref="AdoNetClusteringTable"/>
/// (no silo), so each compare-and-swap rule of the clustering queries is checked one at a time.
/// </summary>
public sealed class PostgresMembershipTableTests : IAsyncLifetime
{
    private static readonly DateTime Now = WholeMilliseconds(TimeProvider.System.GetUtcNow().UtcDateTime);

    private readonly string _clusterId = "membership-" + Guid.NewGuid().ToString("N")[..8];
    private PostgresTestDatabase _database = null!;
    private AdoNetClusteringTable _table = null!;
    private int _nextPort = 11000;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await PostgresSchema.CreateMigrator(_database.ConnectionString).MigrateAsync();
        _table = new AdoNetClusteringTable(
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = _clusterId }),
            Options.Create(new AdoNetClusteringSiloOptions
            {
                Invariant = PostgresSiloBuilderExtensions.Invariant,
                ConnectionString = PostgresConnectionStrings.ForOrleans(_database.ConnectionString),
            }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await _table.InitializeMembershipTableAsync(tryInitTableVersion: true);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task InitializeMembershipTableAsync_SecondSilo_KeepsTheOneVersionRow()
    {
        await _table.InitializeMembershipTableAsync(tryInitTableVersion: true);

        var data = await _table.ReadAllAsync();
        Assert.Empty(data.Members);
        Assert.Equal(0, data.Version.Version);
        Assert.Equal(1, await _database.ScalarAsync<int>("SELECT count(*) FROM OrleansMembershipVersionTable"));
    }

    [Fact]
    public async Task InsertRowAsync_CurrentVersion_AddsSiloAndAdvancesVersion()
    {
        var entry = NewEntry(SiloStatus.Joining);

        var inserted = await _table.InsertRowAsync(entry, (await _table.ReadAllAsync()).Version.Next());

        var data = await _table.ReadAllAsync();
        Assert.True(inserted);
        Assert.Equal(1, data.Version.Version);
        var (read, etag) = Assert.Single(data.Members);
        Assert.Equal(data.Version.VersionEtag, etag);
        AssertSame(entry, read);
    }

    [Fact]
    public async Task InsertRowAsync_StaleVersion_ReturnsFalseAndAddsNothing()
    {
        var stale = (await _table.ReadAllAsync()).Version.Next();
        Assert.True(await _table.InsertRowAsync(NewEntry(SiloStatus.Joining), stale));

        var inserted = await _table.InsertRowAsync(NewEntry(SiloStatus.Joining), stale);

        Assert.False(inserted);
        Assert.Single((await _table.ReadAllAsync()).Members);
    }

    [Fact]
    public async Task InsertRowAsync_SiloAlreadyPresent_ReturnsFalseAndKeepsVersion()
    {
        var entry = NewEntry(SiloStatus.Joining);
        Assert.True(await _table.InsertRowAsync(entry, (await _table.ReadAllAsync()).Version.Next()));

        var inserted = await _table.InsertRowAsync(entry, (await _table.ReadAllAsync()).Version.Next());

        Assert.False(inserted);
        Assert.Equal(1, (await _table.ReadAllAsync()).Version.Version);
    }

    [Fact]
    public async Task UpdateRowAsync_CurrentVersion_ChangesStatusSuspicionsAndAliveTime()
    {
        var entry = NewEntry(SiloStatus.Joining);
        Assert.True(await _table.InsertRowAsync(entry, (await _table.ReadAllAsync()).Version.Next()));
        var before = await _table.ReadRowAsync(entry.SiloAddress);
        entry.Status = SiloStatus.Active;
        entry.IAmAliveTime = Now.AddSeconds(5);
        entry.SuspectTimes = [Tuple.Create(SiloAddress.New(IPAddress.Loopback, 12345, 7), Now.AddSeconds(3))];

        var updated = await _table.UpdateRowAsync(entry, before.Members[0].Item2, before.Version.Next());

        var after = await _table.ReadRowAsync(entry.SiloAddress);
        Assert.True(updated);
        Assert.Equal(before.Version.Version + 1, after.Version.Version);
        AssertSame(entry, after.Members[0].Item1);
    }

    [Fact]
    public async Task UpdateRowAsync_StaleVersion_ReturnsFalseAndChangesNothing()
    {
        var entry = NewEntry(SiloStatus.Joining);
        var joined = (await _table.ReadAllAsync()).Version.Next();
        Assert.True(await _table.InsertRowAsync(entry, joined));
        var other = NewEntry(SiloStatus.Joining);
        Assert.True(await _table.InsertRowAsync(other, (await _table.ReadAllAsync()).Version.Next()));
        var staleRead = await _table.ReadRowAsync(entry.SiloAddress);
        Assert.True(await _table.UpdateRowAsync(other, staleRead.Version.VersionEtag, staleRead.Version.Next()));
        entry.Status = SiloStatus.Active;

        var updated = await _table.UpdateRowAsync(entry, staleRead.Version.VersionEtag, staleRead.Version.Next());

        Assert.False(updated);
        Assert.Equal(SiloStatus.Joining, (await _table.ReadRowAsync(entry.SiloAddress)).Members[0].Item1.Status);
    }

    [Fact]
    public async Task UpdateIAmAliveAsync_Heartbeat_ChangesAliveTimeOnlyAndKeepsVersion()
    {
        var entry = NewEntry(SiloStatus.Active);
        Assert.True(await _table.InsertRowAsync(entry, (await _table.ReadAllAsync()).Version.Next()));
        entry.IAmAliveTime = Now.AddMinutes(1);

        await _table.UpdateIAmAliveAsync(entry);

        var data = await _table.ReadRowAsync(entry.SiloAddress);
        Assert.Equal(1, data.Version.Version);
        AssertSame(entry, data.Members[0].Item1);
    }

    [Fact]
    public async Task ReadRowAsync_UnknownSilo_ReturnsVersionWithoutMembers()
    {
        Assert.True(await _table.InsertRowAsync(NewEntry(SiloStatus.Active), (await _table.ReadAllAsync()).Version.Next()));

        var data = await _table.ReadRowAsync(NewEntry(SiloStatus.Active).SiloAddress);

        Assert.Empty(data.Members);
        Assert.Equal(1, data.Version.Version);
    }

    [Fact]
    public async Task CleanupDefunctSiloEntriesAsync_MixedRows_RemovesOnlyDeadRowsOlderThanTheCutoff()
    {
        var oldDead = await InsertAsync(SiloStatus.Dead, daysAgo: 10);
        var oldJoining = await InsertAsync(SiloStatus.Joining, daysAgo: 10);
        var oldActive = await InsertAsync(SiloStatus.Active, daysAgo: 10);
        var recentDead = await InsertAsync(SiloStatus.Dead, daysAgo: 0);
        var versionBefore = (await _table.ReadAllAsync()).Version.Version;

        await _table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(Now.AddDays(-3)));

        var data = await _table.ReadAllAsync();
        Assert.Equal(
            new[] { oldJoining, oldActive, recentDead }.Select(e => e.SiloAddress).Order(),
            data.Members.Select(m => m.Item1.SiloAddress).Order());
        Assert.DoesNotContain(data.Members, m => m.Item1.SiloAddress.Equals(oldDead.SiloAddress));
        Assert.Equal(versionBefore, data.Version.Version);
    }

    [Fact]
    public async Task CleanupDefunctSiloEntriesKey_RunAsTheProviderBindsIt_RemovesOnlyDeadRowsOlderThanTheCutoff()
    {
        // 10.4.2 prefers the per-row CleanupDefunctSiloEntryKey, so the required bulk query is run directly here,
        // with parameters bound the way the provider binds them (a string cluster id, a UTC DateTime).
        var oldDead = await InsertAsync(SiloStatus.Dead, daysAgo: 10);
        var oldShuttingDown = await InsertAsync(SiloStatus.ShuttingDown, daysAgo: 10);
        var recentDead = await InsertAsync(SiloStatus.Dead, daysAgo: 0);
        var query = await _database.ScalarAsync<string>("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntriesKey'");

        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(query, connection);
            command.Parameters.Add(new NpgsqlParameter("DeploymentId", DbType.String) { Value = _clusterId });
            command.Parameters.Add(new NpgsqlParameter("IAmAliveTime", DbType.DateTime) { Value = Now.AddDays(-3) });
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var left = (await _table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress).ToList();
        Assert.Equal(new[] { oldShuttingDown, recentDead }.Select(e => e.SiloAddress).Order(), left.Order());
        Assert.DoesNotContain(oldDead.SiloAddress, left);
    }

    [Fact]
    public async Task DeleteMembershipTableEntriesAsync_Cluster_RemovesItsSilosAndVersion()
    {
        await InsertAsync(SiloStatus.Active, daysAgo: 0);

        await _table.DeleteMembershipTableEntriesAsync(_clusterId);

        Assert.Equal(0, await _database.ScalarAsync<int>("SELECT count(*) FROM OrleansMembershipTable"));
        Assert.Equal(0, await _database.ScalarAsync<int>("SELECT count(*) FROM OrleansMembershipVersionTable"));
    }

    private async Task<MembershipEntry> InsertAsync(SiloStatus status, int daysAgo)
    {
        var entry = NewEntry(status, Now.AddDays(-daysAgo));
        Assert.True(await _table.InsertRowAsync(entry, (await _table.ReadAllAsync()).Version.Next()));
        return entry;
    }

    private MembershipEntry NewEntry(SiloStatus status, DateTime? at = null)
    {
        var port = Interlocked.Increment(ref _nextPort);
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 42),
            SiloName = $"silo-{port}",
            HostName = "test-host",
            Status = status,
            ProxyPort = port + 1000,
            StartTime = at ?? Now,
            IAmAliveTime = at ?? Now,
        };
    }

    private static void AssertSame(MembershipEntry expected, MembershipEntry actual)
    {
        Assert.Equal(
            (expected.SiloAddress, expected.SiloName, expected.HostName, expected.Status, expected.ProxyPort, expected.StartTime, expected.IAmAliveTime),
            (actual.SiloAddress, actual.SiloName, actual.HostName, actual.Status, actual.ProxyPort, actual.StartTime, actual.IAmAliveTime));
        Assert.Equal(
            expected.SuspectTimes?.Select(s => (s.Item1, s.Item2)) ?? [],
            actual.SuspectTimes?.Select(s => (s.Item1, s.Item2)) ?? []);
    }

    /// <summary>Orleans writes suspicion times at millisecond precision; keep every time on a whole millisecond.</summary>
    private static DateTime WholeMilliseconds(DateTime time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}

using ComplaintGrid.Silo.Storage.Sqlite;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>A database that was never migrated stops the silo at start-up instead of failing on first use.</summary>
public sealed class SqliteStoreStartupTests : IDisposable
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.CreateUnmigrated();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ReminderService_DatabaseNotMigrated_SiloDoesNotStartAndNamesTheCause()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => TestSilo.StartOnLoopbackAsync("sqlite-unmigrated",
            silo => silo.UseSqliteReminderService(_database.ConnectionString)));

        Assert.Contains(Causes(failure), e => e is InvalidOperationException && e.Message.Contains("apply the Sqlite migrations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GrainStorage_DatabaseNotMigrated_SiloDoesNotStart()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => TestSilo.StartOnLoopbackAsync("sqlite-unmigrated",
            silo => silo.AddSqliteGrainStorage("complaintgrid", _database.Path)));

        Assert.Contains(Causes(failure), e => e.Message.Contains("no such table: OrleansQuery", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Causes(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                    yield return inner;
            }
        }
    }
}

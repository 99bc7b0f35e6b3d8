using ComplaintGrid.Silo.Storage.Migrations;
using ComplaintGrid.Silo.Storage.Postgres;
using Npgsql;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>The schema migrator on PostgreSQL; every test gets an empty database of its own.</summary>
public sealed class PostgresSchemaMigratorTests : IAsyncLifetime
{
    private static readonly string[] ExpectedIds = ["0001_orleans_clustering", "0002_orleans_persistence", "0003_orleans_reminders", "0004_complaint_history", "0005_report_indexes", "0006_complaint_history_status", "0007_complaint_history_text_unchanged"];

    private PostgresTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryScriptInOrderAndRecordsIt()
    {
        var applied = await PostgresSchema.CreateMigrator(_database.ConnectionString).MigrateAsync();

        Assert.Equal(ExpectedIds, applied);
        var recorded = await _database.QueryAsync($"SELECT id FROM {MigrationDialect.HistoryTable} ORDER BY applied_at, id");
        Assert.Equal(ExpectedIds, recorded.Select(row => (string)row[0]!));
    }

    [Fact]
    public async Task MigrateAsync_Twice_SecondRunChangesNothing()
    {
        var migrator = PostgresSchema.CreateMigrator(_database.ConnectionString);
        await migrator.MigrateAsync();
        var historyBefore = await ReadAllAsync($"SELECT id, checksum, applied_at FROM {MigrationDialect.HistoryTable} ORDER BY id");
        var queriesBefore = await ReadAllAsync("SELECT QueryKey, QueryText FROM OrleansQuery ORDER BY QueryKey");

        var appliedAgain = await migrator.MigrateAsync();

        Assert.Empty(appliedAgain);
        Assert.Equal(historyBefore, await ReadAllAsync($"SELECT id, checksum, applied_at FROM {MigrationDialect.HistoryTable} ORDER BY id"));
        Assert.Equal(queriesBefore, await ReadAllAsync("SELECT QueryKey, QueryText FROM OrleansQuery ORDER BY QueryKey"));
    }

    [Fact]
    public async Task MigrateAsync_FourSilosAtOnce_ApplyEachScriptExactlyOnce()
    {
        var migrators = Enumerable.Range(0, 4).Select(_ => PostgresSchema.CreateMigrator(_database.ConnectionString)).ToList();

        var results = await Task.WhenAll(migrators.Select(m => m.MigrateAsync()));

        Assert.Equal(ExpectedIds, results.SelectMany(ids => ids).Order(StringComparer.Ordinal));
        Assert.Equal(ExpectedIds.Length, await _database.ScalarAsync<int>($"SELECT count(*) FROM {MigrationDialect.HistoryTable}"));
    }

    [Fact]
    public async Task CheckAsync_EmptyDatabase_ReportsEveryMigrationMissingAndNamesMigrate()
    {
        var status = await PostgresSchema.CreateMigrator(_database.ConnectionString).CheckAsync();

        Assert.False(status.IsCurrent);
        Assert.Empty(status.Applied);
        Assert.Equal(ExpectedIds, status.Missing);
        Assert.Equal(
            $"The PostgreSQL database at Host=127.0.0.1;Port={Port};Database={_database.Name} has schema migrations [] but this silo needs " +
            $"[{string.Join(", ", ExpectedIds)}]. Run: dotnet run --project silo/ComplaintGrid.Silo -- migrate",
            status.Describe());
        // The check must not create anything, not even the history table.
        Assert.Equal(0, await _database.ScalarAsync<int>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Fact]
    public async Task EnsureCurrentAsync_EmptyDatabase_ThrowsNamingMigrateWithoutThePassword()
    {
        var password = new NpgsqlConnectionStringBuilder(_database.ConnectionString).Password;

        var error = await Assert.ThrowsAsync<SchemaOutOfDateException>(
            () => PostgresSchema.CreateMigrator(_database.ConnectionString).EnsureCurrentAsync());

        Assert.Contains("-- migrate", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Database={_database.Name}", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(password));
        Assert.DoesNotContain(password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureCurrentAsync_PartlyMigratedDatabase_ThrowsListingAppliedAndNeeded()
    {
        var scripts = MigrationScript.LoadEmbedded(MigrationDialect.Postgres);
        await Migrator(scripts.Take(1)).MigrateAsync();

        var error = await Assert.ThrowsAsync<SchemaOutOfDateException>(() => Migrator(scripts).EnsureCurrentAsync());

        Assert.Equal(["0002_orleans_persistence", "0003_orleans_reminders", "0004_complaint_history", "0005_report_indexes", "0006_complaint_history_status", "0007_complaint_history_text_unchanged"], error.Status.Missing);
        Assert.Contains("has schema migrations [0001_orleans_clustering] but this silo needs [0001_orleans_clustering, 0002_orleans_persistence, 0003_orleans_reminders, 0004_complaint_history, 0005_report_indexes, 0006_complaint_history_status, 0007_complaint_history_text_unchanged]",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureCurrentAsync_MigratedDatabase_ReportsCurrent()
    {
        var migrator = PostgresSchema.CreateMigrator(_database.ConnectionString);
        await migrator.MigrateAsync();

        var status = await migrator.EnsureCurrentAsync();

        Assert.True(status.IsCurrent);
        Assert.Equal(ExpectedIds, status.Applied);
        Assert.Empty(status.Unknown);
        Assert.Empty(status.Changed);
    }

    [Fact]
    public async Task MigrateAsync_FailingScript_RollsItBackNamesItAndKeepsEarlierOnes()
    {
        MigrationScript[] scripts =
        [
            new("0001_good", "CREATE TABLE good_table (id int);"),
            new("0002_bad", "CREATE TABLE half_done (id int); SELECT no_such_column FROM good_table;"),
        ];

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Migrator(scripts).MigrateAsync());

        Assert.Contains("0002_bad", error.Message, StringComparison.Ordinal);
        var recorded = await _database.QueryAsync($"SELECT id FROM {MigrationDialect.HistoryTable}");
        Assert.Equal(["0001_good"], recorded.Select(row => (string)row[0]!));
        Assert.Equal(0, await _database.ScalarAsync<int>("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'"));
    }

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_StoresEveryQueryKeyTheProvidersRequire()
    {
        await PostgresSchema.CreateMigrator(_database.ConnectionString).MigrateAsync();

        var stored = (await _database.QueryAsync("SELECT QueryKey FROM OrleansQuery")).Select(row => (string)row[0]!).ToHashSet();

        Assert.Equal(OrleansQueryKeys.Known.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.Subset(stored, OrleansQueryKeys.Required.ToHashSet());
    }

    private int Port => new NpgsqlConnectionStringBuilder(_database.ConnectionString).Port;

    private SchemaMigrator Migrator(IEnumerable<MigrationScript> scripts) =>
        new(() => new NpgsqlConnection(_database.ConnectionString), MigrationDialect.Postgres, scripts.ToList());

    private async Task<List<string>> ReadAllAsync(string sql) =>
        (await _database.QueryAsync(sql)).Select(row => string.Join(" | ", row.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
}

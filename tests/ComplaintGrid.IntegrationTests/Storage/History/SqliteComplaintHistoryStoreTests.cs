using ComplaintGrid.History;
using ComplaintGrid.Silo.Storage.History;
using ComplaintGrid.Silo.Storage.Migrations;
using ComplaintGrid.Silo.Storage.Sqlite;

namespace ComplaintGrid.IntegrationTests.Storage.History;

/// <summary>The history store contract on a migrated SQLite file of the class's own (FTS5 for words).</summary>
public sealed class SqliteComplaintHistoryStoreTests : ComplaintHistoryStoreContract, IClassFixture<SqliteComplaintHistoryStoreTests.Database>
{
    private readonly Database _database;

    public SqliteComplaintHistoryStoreTests(Database database) => _database = database;

    protected override IComplaintHistoryStore Store => _database.Store;

    public sealed class Database : IAsyncLifetime
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"complaintgrid-history-{Guid.NewGuid():N}.db");

        public ComplaintHistoryStore Store { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await new SchemaMigrator(SqliteDataSources.ForFile(_path), MigrationDialect.Sqlite.Name).MigrateAsync();
            Store = HistoryStores.Sqlite(_path);
        }

        public Task DisposeAsync()
        {
            foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
                File.Delete(file);
            return Task.CompletedTask;
        }
    }
}

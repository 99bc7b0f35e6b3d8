using ComplaintGrid.History;
using ComplaintGrid.Silo.Storage.History;
using ComplaintGrid.Silo.Storage.Postgres;

namespace ComplaintGrid.IntegrationTests.Storage.History;

/// <summary>The history store contract on a fresh PostgreSQL database, migrated by the silo's own scripts (tsvector and GIN for words).</summary>
public sealed class PostgresComplaintHistoryStoreTests : ComplaintHistoryStoreContract, IClassFixture<PostgresComplaintHistoryStoreTests.Database>
{
    private readonly Database _database;

    public PostgresComplaintHistoryStoreTests(Database database) => _database = database;

    protected override IComplaintHistoryStore Store => _database.Store;

    public sealed class Database : IAsyncLifetime
    {
        private PostgresTestDatabase? _database;

        public ComplaintHistoryStore Store { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _database = await PostgresTestDatabase.CreateAsync();
            await PostgresSchema.CreateMigrator(_database.ConnectionString).MigrateAsync();
            Store = HistoryStores.Postgres(_database.ConnectionString);
        }

        public async Task DisposeAsync()
        {
            if (_database is not null)
                await _database.DisposeAsync();
        }
    }
}

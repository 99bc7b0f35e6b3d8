namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>A fresh, migrated SQLite file and an in-process silo on it, for every test of a class that derives from this.</summary>
public abstract class SqliteSiloPerTest : IAsyncLifetime
{
    private SqliteTestDatabase? _database;

    protected SqliteSiloHost Silo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        Silo = await SqliteSiloHost.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Silo is not null)
                await Silo.DisposeAsync();
        }
        finally
        {
            _database?.Dispose();
        }
    }
}

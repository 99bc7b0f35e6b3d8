using ComplaintGrid.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>The one-connection-at-a-time gate and the connection settings of the embedded store.</summary>
public sealed class SerializedSqliteDataSourceTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    private SerializedSqliteDataSource DataSource => SqliteDataSources.ForFile(_database.Path);

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task OpenConnectionAsync_WhileAnotherIsOpen_WaitsWithoutBlockingUntilItIsDisposed()
    {
        var first = await DataSource.OpenConnectionAsync();

        var second = DataSource.OpenConnectionAsync().AsTask();
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();

        await using var opened = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(System.Data.ConnectionState.Open, opened.State);
    }

    [Fact]
    public async Task OpenConnectionAsync_AfterClose_TheConnectionCanBeReopened()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.CloseAsync();
        var other = await DataSource.OpenConnectionAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        await other.DisposeAsync();

        await connection.OpenAsync();

        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task OpenConnectionAsync_Cancelled_DoesNotTakeTheTurn()
    {
        var first = await DataSource.OpenConnectionAsync();
        using var cancel = new CancellationTokenSource();

        var waiting = DataSource.OpenConnectionAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await first.DisposeAsync();

        await using var next = await DataSource.OpenConnectionAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(System.Data.ConnectionState.Open, next.State);
    }

    [Fact]
    public async Task OpenConnectionAsync_AppliesWalNormalSynchronousAndBusyTimeout()
    {
        await using var connection = (SqliteConnection)await DataSource.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("1", await PragmaAsync(connection, "synchronous")); // 1 = NORMAL
        Assert.Equal(((int)SerializedSqliteDataSource.BusyTimeout.TotalMilliseconds).ToString(), await PragmaAsync(connection, "busy_timeout"));
    }

    [Fact]
    public void ForConnectionString_SameFileAsForFile_SameDataSource()
    {
        Assert.Same(DataSource, SqliteDataSources.ForConnectionString(_database.ConnectionString));
    }

    [Fact]
    public void ForConnectionString_InMemory_Refused()
    {
        Assert.Throws<ArgumentException>(() => SqliteDataSources.ForConnectionString("Data Source=x;Mode=Memory"));
        Assert.Throws<ArgumentException>(() => SqliteDataSources.ForFile(":memory:"));
    }

    private static async Task<string> PragmaAsync(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

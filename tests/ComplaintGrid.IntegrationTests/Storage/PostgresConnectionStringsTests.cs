using ComplaintGrid.Silo.Storage.Postgres;
using Npgsql;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>
/// The connection string Orleans' providers get: the defaults ComplaintGrid adds, an operator's own settings kept,
/// and, on a real server, statements prepared once a connection has used them a few times.
/// </summary>
public sealed class PostgresConnectionStringsTests : IAsyncLifetime
{
    private const string Given = "Host=db.example;Database=complaintgrid;Username=cg";

    private PostgresTestDatabase? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
    }

    [Fact]
    public void ForOrleans_AddsNoResetPoolSizeAndAutoPrepare()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.ForOrleans(Given));

        Assert.True(result.NoResetOnClose);
        Assert.Equal(PostgresConnectionStrings.DefaultMaxPoolSize, result.MaxPoolSize);
        Assert.Equal(PostgresConnectionStrings.DefaultMaxAutoPrepare, result.MaxAutoPrepare);
        Assert.Equal("db.example", result.Host);
        Assert.Equal("complaintgrid", result.Database);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("MaxAutoPrepare=5", 5)]
    public void ForOrleans_KeepsTheOperatorsAutoPrepare(string setting, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.ForOrleans($"{Given};{setting}"));

        Assert.Equal(expected, result.MaxAutoPrepare);
        Assert.Equal(PostgresConnectionStrings.DefaultMaxPoolSize, result.MaxPoolSize);
    }

    [Theory]
    [InlineData("Maximum Pool Size=50")]
    [InlineData("MaxPoolSize=50")]
    public void ForOrleans_KeepsTheOperatorsPoolSize(string setting)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.ForOrleans($"{Given};{setting}"));

        Assert.Equal(50, result.MaxPoolSize);
    }

    [Fact]
    public void ForOrleans_AMinimumPoolSizeAlone_StillGetsTheDefaultMaximum()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.ForOrleans($"{Given};Minimum Pool Size=2"));

        Assert.Equal(2, result.MinPoolSize);
        Assert.Equal(PostgresConnectionStrings.DefaultMaxPoolSize, result.MaxPoolSize);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ForOrleans_AnEmptyString_IsRefused(string given) =>
        Assert.ThrowsAny<ArgumentException>(() => PostgresConnectionStrings.ForOrleans(given));

    [Theory]
    [InlineData(null, true)]
    [InlineData("Max Auto Prepare=0", false)]
    public async Task OnARealServer_AStatementUsedRepeatedly_IsPreparedUnlessTheOperatorTurnedItOff(string? setting, bool prepared)
    {
        _database = await PostgresTestDatabase.CreateAsync();
        var connectionString = PostgresConnectionStrings.ForOrleans(setting is null ? _database.ConnectionString : $"{_database.ConnectionString};{setting}");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // Npgsql prepares a statement automatically from its fifth use on a connection (AutoPrepareMinUsages).
        for (var i = 0; i < 6; i++)
        {
            await using var query = new NpgsqlCommand("SELECT @n + 1", connection);
            query.Parameters.AddWithValue("n", i);
            Assert.Equal(i + 1, Convert.ToInt32(await query.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%+ 1%'", connection);
        Assert.Equal(prepared, (long)(await count.ExecuteScalarAsync())! > 0);
    }
}

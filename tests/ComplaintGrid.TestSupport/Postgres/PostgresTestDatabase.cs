using ComplaintGrid.Silo.Storage.Postgres;
using Npgsql;

namespace ComplaintGrid.TestSupport.Postgres;

/// <summary>A database of its own for one test class (or test), created empty and dropped afterwards.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>Connects to this database (with the server's credentials).</summary>
    public string ConnectionString { get; }

    public static Task<PostgresTestDatabase> CreateAsync() => CreateAsync(PostgresTestServer.Variable);

    /// <summary>A database on the server named by <paramref name="serverVariable"/> (the outage tests have a server of their own).</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(string serverVariable)
    {
        var server = await PostgresTestServer.RequireAsync(serverVariable);
        var database = new PostgresTestDatabase(server, "cg_test_" + Guid.NewGuid().ToString("N")[..16]);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>Runs a query against this database and returns every row's values.</summary>
    public async Task<List<object?[]>> QueryAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var values = new object?[reader.FieldCount];
            reader.GetValues(values!);
            rows.Add(values.Select(v => v is DBNull ? null : v).ToArray());
        }
        return rows;
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var rows = await QueryAsync(sql, parameters);
        return (T)Convert.ChangeType(rows.Single()[0], typeof(T), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled idle connections (ours and the providers') would keep the database busy; FORCE ends any left.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgresConnectionStrings.ForOrleans(ConnectionString)));
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

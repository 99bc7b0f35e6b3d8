using System.Net.Sockets;
using ComplaintGrid.Silo.Storage.Migrations;
using Npgsql;

namespace ComplaintGrid.TestSupport.Postgres;

/// <summary>
/// The PostgreSQL server the storage tests run against. A missing server is a failure with its reason, never a
/// skipped test: a green run must mean the PostgreSQL contract was exercised.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "COMPLAINTGRID_TEST_POSTGRES";

    /// <summary>A second server that the outage tests stop and start, so no other test loses its database meanwhile.</summary>
    public const string OutageVariable = "COMPLAINTGRID_TEST_POSTGRES_OUTAGE";

    /// <summary>The server's connection string, after checking that the server answers.</summary>
    public static Task<string> RequireAsync() => RequireAsync(Variable);

    public static async Task<string> RequireAsync(string variable)
    {
        var connectionString = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{variable} is not set, so the PostgreSQL storage tests cannot run. Start the test server and export its " +
                $"connection string first: export {variable}=$(bash tests/services/postgres.sh)");
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return connectionString;
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL server named by {variable} ({MigrationDialect.Postgres.DescribeLocation(connectionString)}) did not accept a " +
                $"connection: {exception.Message}. Start it with: bash tests/services/postgres.sh", exception);
        }
    }
}

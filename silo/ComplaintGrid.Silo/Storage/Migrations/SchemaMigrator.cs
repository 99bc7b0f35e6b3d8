using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.Silo.Storage.Migrations;

/// <summary>
/// Applies the numbered schema scripts a silo ships (<c>Storage/{Dialect}/Migrations/*.sql</c>) to a database,
/// and checks before start-up that a database has them all.
/// </summary>
/// <remarks>
/// Each script runs in its own transaction together with the row that records it in
/// <c>complaintgrid_schema_migrations</c>, so a script is either applied and recorded or neither. Running the
/// migrator again applies nothing. Several processes may migrate the same database at once: each transaction
/// first takes the dialect's lock and then re-reads the history, so every script runs exactly once.
/// </remarks>
public sealed class SchemaMigrator
{
    /// <summary>The command an operator runs to bring a database up to date.</summary>
    public const string MigrateCommand = "dotnet run --project silo/ComplaintGrid.Silo -- migrate";

    private readonly Func<DbConnection> _connectionFactory;
    private readonly ILogger _logger;

    /// <summary>A migrator for the scripts embedded in the silo for <paramref name="dialect"/> (<c>Postgres</c> or <c>Sqlite</c>).</summary>
    /// <param name="connectionFactory">Creates a new, unopened connection; the migrator opens and disposes it.</param>
    /// <param name="dialect">The dialect's name, which is also its scripts' folder.</param>
    /// <param name="logger">Receives one line per applied script; optional.</param>
    public SchemaMigrator(Func<DbConnection> connectionFactory, string dialect, ILogger? logger = null)
        : this(connectionFactory, MigrationDialect.FromName(dialect), scripts: null, logger)
    {
    }

    /// <summary>A migrator whose connections come from <paramref name="dataSource"/>.</summary>
    public SchemaMigrator(DbDataSource dataSource, string dialect, ILogger? logger = null)
        : this((dataSource ?? throw new ArgumentNullException(nameof(dataSource))).CreateConnection, dialect, logger)
    {
    }

    /// <summary>A migrator for explicit <paramref name="scripts"/> (the embedded ones when null).</summary>
    public SchemaMigrator(Func<DbConnection> connectionFactory, MigrationDialect dialect,
        IReadOnlyList<MigrationScript>? scripts = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connectionFactory);
        ArgumentNullException.ThrowIfNull(dialect);
        _connectionFactory = connectionFactory;
        Dialect = dialect;
        Scripts = scripts ?? MigrationScript.LoadEmbedded(dialect);
        if (Scripts.Count == 0)
            throw new InvalidOperationException($"No {dialect.DisplayName} migration scripts are embedded under {dialect.Name}/Migrations/.");
        if (Scripts.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != Scripts.Count)
            throw new ArgumentException("Migration ids must be unique.", nameof(scripts));
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The kind of database this migrator writes.</summary>
    public MigrationDialect Dialect { get; }

    /// <summary>The scripts this silo expects, in the order they apply.</summary>
    public IReadOnlyList<MigrationScript> Scripts { get; }

    /// <summary>
    /// How long one command (a script, or waiting for another migrator's lock) may take before it fails;
    /// generous, because a second silo waits here while the first one migrates.
    /// </summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Applies every script the database has not recorded yet, in order; returns the ids applied by this call.</summary>
    /// <exception cref="InvalidOperationException">A script failed; its transaction was rolled back and the message names it.</exception>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var location = Dialect.DescribeLocation(connection.ConnectionString);

        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await LockAsync(connection, transaction, cancellationToken);
            await ExecuteAsync(connection, transaction, Dialect.CreateHistoryTableSql, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var recorded = await ReadHistoryAsync(connection, transaction: null, cancellationToken);
        var applied = new List<string>();
        foreach (var script in Scripts.Where(s => !recorded.ContainsKey(s.Id)))
        {
            if (await ApplyAsync(connection, script, location, cancellationToken))
                applied.Add(script.Id);
        }

        if (applied.Count == 0)
            MigratorLog.UpToDate(_logger, Dialect.DisplayName, location, Scripts.Count);
        return applied;
    }

    /// <summary>Compares what the database has applied with what this silo expects; changes nothing.</summary>
    public async Task<SchemaStatus> CheckAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var location = Dialect.DescribeLocation(connection.ConnectionString);

        var recorded = await HistoryTableExistsAsync(connection, cancellationToken)
            ? await ReadHistoryAsync(connection, transaction: null, cancellationToken)
            : new Dictionary<string, string>(StringComparer.Ordinal);

        var changed = Scripts
            .Where(s => recorded.TryGetValue(s.Id, out var checksum) && !string.Equals(checksum, s.Checksum, StringComparison.Ordinal))
            .Select(s => s.Id)
            .ToList();
        var applied = recorded.Keys.Order(StringComparer.Ordinal).ToList();
        return new SchemaStatus(Dialect, location, applied, Scripts.Select(s => s.Id).ToList(), changed);
    }

    /// <summary>Throws <see cref="SchemaOutOfDateException"/> unless the database has every migration this silo needs.</summary>
    public async Task<SchemaStatus> EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        var status = await CheckAsync(cancellationToken);
        if (!status.IsCurrent)
            throw new SchemaOutOfDateException(status);
        if (status.Changed.Count > 0)
            MigratorLog.ChangedAfterApply(_logger, string.Join(", ", status.Changed), Dialect.DisplayName, status.Location);
        return status;
    }

    /// <summary>Applies one script and records it, unless another process recorded it while this one waited for the lock.</summary>
    private async Task<bool> ApplyAsync(DbConnection connection, MigrationScript script, string location, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);

        // Re-read under the lock: the history read before the loop may be stale by now.
        var recorded = await ReadHistoryAsync(connection, transaction, cancellationToken);
        if (recorded.ContainsKey(script.Id))
        {
            MigratorLog.AppliedElsewhere(_logger, script.Id);
            return false;
        }

        try
        {
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
        }
        catch (DbException exception)
        {
            throw new InvalidOperationException(
                $"Schema migration {script.Id} failed on the {Dialect.DisplayName} database at {location} and was rolled back: {exception.Message}",
                exception);
        }

        await using (var record = CreateCommand(connection, transaction,
            $"INSERT INTO {MigrationDialect.HistoryTable} (id, checksum) VALUES (@id, @checksum)"))
        {
            AddParameter(record, "id", script.Id);
            AddParameter(record, "checksum", script.Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        MigratorLog.Applied(_logger, script.Id, Dialect.DisplayName, location, elapsed.ElapsedMilliseconds);
        return true;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _connectionFactory() ?? throw new InvalidOperationException("The connection factory returned null.");
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<bool> HistoryTableExistsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction: null, Dialect.HistoryTableExistsSql);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is not null and not DBNull && Convert.ToBoolean(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Applied migration ids and their checksums.</summary>
    private async Task<Dictionary<string, string>> ReadHistoryAsync(DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = CreateCommand(connection, transaction, $"SELECT id, checksum FROM {MigrationDialect.HistoryTable}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            recorded[reader.GetString(0)] = reader.GetString(1);
        return recorded;
    }

    private async Task LockAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (Dialect.LockSql is { } lockSql)
            await ExecuteAsync(connection, transaction, lockSql, cancellationToken);
    }

    private async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = (int)Math.Ceiling(CommandTimeout.TotalSeconds);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

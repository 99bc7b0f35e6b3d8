using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ComplaintGrid.Silo.Storage.Sqlite;

/// <summary>
/// Orleans reminders in the embedded SQLite file (table <c>complaintgrid_reminders</c>, created by migration
/// 0002), through the same one-connection-at-a-time data source as grain storage. Rows are keyed by service id,
/// grain id and reminder name; the grain's uniform hash is stored beside them for the reminder service's range reads.
/// </summary>
public sealed class SqliteReminderTable : IReminderTable
{
    private const string Columns = "grain_id, reminder_name, start_at_ticks, period_ticks, etag";

    private const string SelectByGrain =
        $"SELECT {Columns} FROM complaintgrid_reminders WHERE service_id = @service_id AND grain_id = @grain_id";

    private const string SelectOne =
        $"SELECT {Columns} FROM complaintgrid_reminders WHERE service_id = @service_id AND grain_id = @grain_id AND reminder_name = @reminder_name";

    // The ring range is (begin, end]; begin >= end means it wraps past uint.MaxValue (begin == end: the whole ring).
    private const string SelectInRange =
        $"SELECT {Columns} FROM complaintgrid_reminders WHERE service_id = @service_id AND grain_hash > @begin AND grain_hash <= @end";

    private const string SelectInWrappedRange =
        $"SELECT {Columns} FROM complaintgrid_reminders WHERE service_id = @service_id AND (grain_hash > @begin OR grain_hash <= @end)";

    private const string Upsert = """
        INSERT INTO complaintgrid_reminders (service_id, grain_id, reminder_name, grain_hash, start_at_ticks, period_ticks, etag)
        VALUES (@service_id, @grain_id, @reminder_name, @grain_hash, @start_at_ticks, @period_ticks, @etag)
        ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE SET
            grain_hash = excluded.grain_hash, start_at_ticks = excluded.start_at_ticks,
            period_ticks = excluded.period_ticks, etag = excluded.etag
        """;

    private const string DeleteOne =
        "DELETE FROM complaintgrid_reminders WHERE service_id = @service_id AND grain_id = @grain_id AND reminder_name = @reminder_name AND etag = @etag";

    private const string DeleteAll = "DELETE FROM complaintgrid_reminders WHERE service_id = @service_id";

    private const string ProbeSchema = "SELECT 1 FROM complaintgrid_reminders LIMIT 0";

    private readonly SerializedSqliteDataSource _database;
    private readonly string _serviceId;

    public SqliteReminderTable(SerializedSqliteDataSource database, IOptions<ClusterOptions> clusterOptions)
    {
        _database = database;
        _serviceId = clusterOptions.Value.ServiceId;
    }

    /// <summary>Checks the table exists, so a database that was never migrated stops the silo at start-up.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await ExecuteAsync(ProbeSchema, _ => { }, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR)
        {
            throw new InvalidOperationException(
                $"The reminder table is missing from '{_database.DatabasePath}': apply the Sqlite migrations before starting the silo.", e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken) =>
        new(await QueryAsync(SelectByGrain, p => p.AddWithValue("@grain_id", grainId.ToString()), cancellationToken));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken) =>
        new(await QueryAsync(begin < end ? SelectInRange : SelectInWrappedRange, p =>
        {
            p.AddWithValue("@begin", (long)begin);
            p.AddWithValue("@end", (long)end);
        }, cancellationToken));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken) =>
        (await QueryAsync(SelectOne, p =>
        {
            p.AddWithValue("@grain_id", grainId.ToString());
            p.AddWithValue("@reminder_name", reminderName);
        }, cancellationToken)).SingleOrDefault();

    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    /// <summary>Writes the reminder whatever its current ETag (as Orleans' own tables do) and returns a new ETag.</summary>
    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        var etag = Guid.NewGuid().ToString("N");
        // Orleans computes StartAt in UTC; only a Local value needs converting, Unspecified is taken as UTC.
        var startAt = entry.StartAt.Kind == DateTimeKind.Local ? entry.StartAt.ToUniversalTime() : entry.StartAt;
        await ExecuteAsync(Upsert, p =>
        {
            p.AddWithValue("@grain_id", entry.GrainId.ToString());
            p.AddWithValue("@reminder_name", entry.ReminderName);
            p.AddWithValue("@grain_hash", (long)entry.GrainId.GetUniformHashCode());
            p.AddWithValue("@start_at_ticks", startAt.Ticks);
            p.AddWithValue("@period_ticks", entry.Period.Ticks);
            p.AddWithValue("@etag", etag);
        }, cancellationToken);
        return etag;
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    /// <summary>Removes the reminder only if it still carries <paramref name="eTag"/>; false otherwise.</summary>
    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken) =>
        await ExecuteAsync(DeleteOne, p =>
        {
            p.AddWithValue("@grain_id", grainId.ToString());
            p.AddWithValue("@reminder_name", reminderName);
            p.AddWithValue("@etag", eTag);
        }, cancellationToken) > 0;

    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    public Task TestOnlyClearTable(CancellationToken cancellationToken) => ExecuteAsync(DeleteAll, _ => { }, cancellationToken);

    private async Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, bind);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<ReminderEntry>> QueryAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, bind);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }
        return entries;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        (SqliteConnection)await _database.OpenConnectionAsync(cancellationToken);

    private SqliteCommand Command(SqliteConnection connection, string sql, Action<SqliteParameterCollection> bind)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@service_id", _serviceId);
        bind(command.Parameters);
        return command;
    }
}

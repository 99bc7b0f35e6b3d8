using ComplaintGrid.History;
using Npgsql;
using NpgsqlTypes;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>Writes a <see cref="HistoryDataset"/> straight into the history tables with COPY (Npgsql's binary import).</summary>
internal static class PostgresHistorySeeder
{
    private const string RowCopy =
        "COPY complaint_history (complaint_id, customer_id, reference, status, department_id, channel, category, severity, priority, upheld, "
        + "complaint_type, cause, outcome, filed_at, acknowledged_at, resolved_at, closed_at, first_response_met, resolution_met, breach_count, "
        + "reopen_count, hand_off_count, escalation_level, satisfied, remedy_kind, remedy_amount, root_cause, lessons, prevention, search_text, "
        + "last_sequence) FROM STDIN (FORMAT BINARY)";

    private const string EventCopy =
        "COPY complaint_history_events (complaint_id, sequence, kind, at, status, department_id, previous_department_id, clock, level) "
        + "FROM STDIN (FORMAT BINARY)";

    /// <summary>Empties both tables, copies the dataset in, and refreshes the planner's statistics.</summary>
    public static async Task<(long Rows, long Events)> Seed(string connectionString, HistoryDataset dataset)
    {
        await using var rowsConnection = new NpgsqlConnection(connectionString);
        await using var eventsConnection = new NpgsqlConnection(connectionString);
        await rowsConnection.OpenAsync();
        await eventsConnection.OpenAsync();
        await using (var empty = new NpgsqlCommand("TRUNCATE complaint_history, complaint_history_events", rowsConnection))
            await empty.ExecuteNonQueryAsync();

        long rows = 0, events = 0;
        // Two COPY streams at once, on two connections: the server builds the rows' indexes while the events arrive.
        await using (var rowWriter = await rowsConnection.BeginBinaryImportAsync(RowCopy))
        await using (var eventWriter = await eventsConnection.BeginBinaryImportAsync(EventCopy))
        {
            foreach (var (record, recordEvents) in dataset.Generate())
            {
                await WriteRow(rowWriter, record);
                rows++;
                foreach (var e in recordEvents)
                {
                    await WriteEvent(eventWriter, e);
                    events++;
                }
            }
            await rowWriter.CompleteAsync();
            await eventWriter.CompleteAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE complaint_history; ANALYZE complaint_history_events", rowsConnection) { CommandTimeout = 600 })
            await analyze.ExecuteNonQueryAsync();
        return (rows, events);
    }

    /// <summary>Rows already in the table (a seed kept from an earlier run is used again when it is the size asked for).</summary>
    public static async Task<long> Count(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM complaint_history", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task WriteRow(NpgsqlBinaryImporter w, ComplaintHistoryRecord r)
    {
        await w.StartRowAsync();
        await w.WriteAsync(r.ComplaintId, NpgsqlDbType.Text);
        await w.WriteAsync(r.CustomerId, NpgsqlDbType.Text);
        await Text(w, r.Reference);
        await w.WriteAsync(r.Status.ToString(), NpgsqlDbType.Text);
        await w.WriteAsync(r.DepartmentId, NpgsqlDbType.Text);
        await w.WriteAsync(r.Channel.ToString(), NpgsqlDbType.Text);
        await w.WriteAsync(r.Category.ToString(), NpgsqlDbType.Text);
        await w.WriteAsync(r.Severity.ToString(), NpgsqlDbType.Text);
        await w.WriteAsync(r.Priority.ToString(), NpgsqlDbType.Text);
        await Bool(w, r.Upheld);
        await Text(w, r.Type?.ToString());
        await Text(w, r.Cause?.ToString());
        await Text(w, r.Outcome?.ToString());
        await w.WriteAsync(r.FiledAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        await Time(w, r.AcknowledgedAt);
        await Time(w, r.ResolvedAt);
        await Time(w, r.ClosedAt);
        await Bool(w, r.FirstResponseMet);
        await Bool(w, r.ResolutionMet);
        await w.WriteAsync(r.BreachCount, NpgsqlDbType.Integer);
        await w.WriteAsync(r.ReopenCount, NpgsqlDbType.Integer);
        await w.WriteAsync(r.HandOffCount, NpgsqlDbType.Integer);
        await w.WriteAsync(r.EscalationLevel.ToString(), NpgsqlDbType.Text);
        await Bool(w, r.Satisfied);
        await Text(w, r.RemedyKind?.ToString());
        if (r.RemedyAmount is { } amount)
            await w.WriteAsync(amount, NpgsqlDbType.Numeric);
        else
            await w.WriteNullAsync();
        await Text(w, r.RootCause);
        await Text(w, r.Lessons);
        await Text(w, r.Prevention);
        await w.WriteAsync(r.SearchText, NpgsqlDbType.Text);
        await w.WriteAsync(r.LastSequence, NpgsqlDbType.Bigint);
    }

    private static async Task WriteEvent(NpgsqlBinaryImporter w, ComplaintHistoryEvent e)
    {
        await w.StartRowAsync();
        await w.WriteAsync(e.ComplaintId, NpgsqlDbType.Text);
        await w.WriteAsync(e.Sequence, NpgsqlDbType.Bigint);
        await w.WriteAsync(e.Kind.ToString(), NpgsqlDbType.Text);
        await w.WriteAsync(e.At.UtcDateTime, NpgsqlDbType.TimestampTz);
        await Text(w, e.Status?.ToString());
        await Text(w, e.DepartmentId);
        await Text(w, e.PreviousDepartmentId);
        await Text(w, e.Clock?.ToString());
        await Text(w, e.Level?.ToString());
    }

    private static Task Text(NpgsqlBinaryImporter w, string? value) =>
        value is null ? w.WriteNullAsync() : w.WriteAsync(value, NpgsqlDbType.Text);

    private static Task Bool(NpgsqlBinaryImporter w, bool? value) =>
        value is { } b ? w.WriteAsync(b, NpgsqlDbType.Boolean) : w.WriteNullAsync();

    private static Task Time(NpgsqlBinaryImporter w, DateTimeOffset? value) =>
        value is { } at ? w.WriteAsync(at.UtcDateTime, NpgsqlDbType.TimestampTz) : w.WriteNullAsync();
}

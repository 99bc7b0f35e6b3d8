using System.Globalization;
using ComplaintGrid.Silo.Storage.History;
using Microsoft.Data.Sqlite;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// Writes a <see cref="HistoryDataset"/> straight into the embedded file's history tables: one transaction, one prepared
/// statement per table. The file's own triggers fill the FTS5 index as the rows go in.
/// </summary>
internal static class SqliteHistorySeeder
{
    public static (long Rows, long Events) Seed(string databasePath, HistoryDataset dataset)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var empty = connection.CreateCommand())
        {
            empty.CommandText = "DELETE FROM complaint_history_events; DELETE FROM complaint_history;";
            empty.ExecuteNonQuery();
        }

        string[] rowColumns =
        [
            "complaint_id", "customer_id", "reference", "status", "department_id", "channel", "category", "severity", "priority", "upheld",
            "complaint_type", "cause", "outcome", "filed_at", "acknowledged_at", "resolved_at", "closed_at", "first_response_met",
            "resolution_met", "breach_count", "reopen_count", "hand_off_count", "escalation_level", "satisfied", "remedy_kind",
            "remedy_amount", "root_cause", "lessons", "prevention", "search_text", "last_sequence",
        ];
        string[] eventColumns = ["complaint_id", "sequence", "kind", "at", "status", "department_id", "previous_department_id", "clock", "level"];
        using var insertRow = Prepare(connection, transaction, "complaint_history", rowColumns);
        using var insertEvent = Prepare(connection, transaction, "complaint_history_events", eventColumns);

        long rows = 0, events = 0;
        foreach (var (r, recordEvents) in dataset.Generate())
        {
            Set(insertRow, r.ComplaintId, r.CustomerId, r.Reference, r.Status.ToString(), r.DepartmentId, r.Channel.ToString(), r.Category.ToString(),
                r.Severity.ToString(), r.Priority.ToString(), Bool(r.Upheld), r.Type?.ToString(), r.Cause?.ToString(), r.Outcome?.ToString(),
                Time(r.FiledAt), Time(r.AcknowledgedAt), Time(r.ResolvedAt), Time(r.ClosedAt), Bool(r.FirstResponseMet), Bool(r.ResolutionMet),
                r.BreachCount, r.ReopenCount, r.HandOffCount, r.EscalationLevel.ToString(), Bool(r.Satisfied), r.RemedyKind?.ToString(),
                r.RemedyAmount?.ToString(CultureInfo.InvariantCulture), r.RootCause, r.Lessons, r.Prevention, r.SearchText, r.LastSequence);
            rows++;
            foreach (var e in recordEvents)
            {
                Set(insertEvent, e.ComplaintId, e.Sequence, e.Kind.ToString(), Time(e.At), e.Status?.ToString(), e.DepartmentId,
                    e.PreviousDepartmentId, e.Clock?.ToString(), e.Level?.ToString());
                events++;
            }
        }
        transaction.Commit();
        using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            analyze.ExecuteNonQuery();
        }
        return (rows, events);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        foreach (var column in columns)
            command.Parameters.Add(new SqliteParameter("$" + column, null));
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static object? Bool(bool? value) => value is null ? null : value.Value ? 1L : 0L;

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString(HistoryDialect.SqliteTimeFormat, CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? at) => at is { } value ? Time(value) : null;
}

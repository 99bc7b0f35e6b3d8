using System.Data.Common;
using System.Globalization;
using System.Text;
using ComplaintGrid.History;
using Dapper;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>
/// The history read model on SQLite or PostgreSQL through Dapper: the same tables and statements on both, with
/// <see cref="HistoryDialect"/> for times, booleans and free text. A database failure is thrown as it comes: the
/// projector's caller (a complaint's outbox) delivers again later.
/// </summary>
public sealed class ComplaintHistoryStore : IComplaintHistoryStore
{
    private const string RowColumns =
        "complaint_id, customer_id, reference, status, department_id, channel, category, severity, priority, upheld, complaint_type, cause, "
        + "outcome, filed_at, acknowledged_at, resolved_at, closed_at, first_response_met, resolution_met, breach_count, reopen_count, "
        + "hand_off_count, escalation_level, satisfied, remedy_kind, remedy_amount, root_cause, lessons, prevention, search_text, last_sequence";

    /// <summary>
    /// Up to this many text matches are fetched by id and sorted; above it the words are common enough (one complaint in
    /// a few hundred of a million) that the newest-first walk fills a page within a few tens of thousands of rows. With
    /// 1,000, two words in 1,400 of a million complaints took 536 ms at p95 on PostgreSQL (the history-search benchmark).
    /// </summary>
    public const int TextCandidatesAtMost = 3_000;

    /// <summary>
    /// The most rows one statement writes: a batch's rows go in multi-row statements of up to this many (31 parameters a
    /// row, well under SQLite's 32,766 and PostgreSQL's 65,535).
    /// </summary>
    private const int RowsPerStatement = 200;

    /// <summary>The most events one statement inserts (9 parameters an event).</summary>
    private const int EventsPerStatement = 1_000;

    private static readonly string[] RowColumnNames = RowColumns.Split(", ");

    private const string EventColumns = "complaint_id, sequence, kind, at, status, department_id, previous_department_id, clock, level";

    private static readonly string[] EventColumnNames = EventColumns.Split(", ");

    // The same sequence is written again (a redelivery, a rebuild) with the same content; an older one never. The text
    // index is kept in step by the databases (an SQLite trigger, a PostgreSQL trigger) only when search_text changes.
    private static readonly string UpsertConflict =
        " ON CONFLICT (complaint_id) DO UPDATE SET "
        + string.Join(", ", RowColumnNames.Where(c => c != "complaint_id").Select(c => $"{c} = excluded.{c}"))
        + " WHERE excluded.last_sequence >= complaint_history.last_sequence";

    private readonly DbDataSource _database;
    private readonly HistoryDialect _dialect;

    /// <param name="database">Where the history's tables are (the profile's own database, migrated).</param>
    /// <param name="dialect"><see cref="HistoryDialect.Sqlite"/> or <see cref="HistoryDialect.Postgres"/>.</param>
    public ComplaintHistoryStore(DbDataSource database, HistoryDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(dialect);
        _database = database;
        _dialect = dialect;
    }

    /// <inheritdoc />
    public Task Apply(ComplaintHistoryRecord record, IReadOnlyList<ComplaintHistoryEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(events);
        return ApplyMany([new ComplaintHistoryUpdate(record, events)], cancellationToken);
    }

    /// <inheritdoc />
    public async Task ApplyMany(IReadOnlyList<ComplaintHistoryUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
            return;
        // One row a complaint: an upsert may not touch a row twice in one statement (PostgreSQL refuses), so the batch's
        // latest row of each complaint stands for it, as it would have won had they been written one by one. In id order,
        // so two silos' writes lock rows in the same order and cannot deadlock each other.
        var rows = updates
            .Select(u => u.Record)
            .GroupBy(r => r.ComplaintId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.LastSequence)!)
            .OrderBy(r => r.ComplaintId, StringComparer.Ordinal)
            .ToArray();
        var events = updates
            .SelectMany(u => u.Events)
            .DistinctBy(e => (e.ComplaintId, e.Sequence))
            .OrderBy(e => e.ComplaintId, StringComparer.Ordinal).ThenBy(e => e.Sequence)
            .ToArray();

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var parameters = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++)
                AddRow(parameters, i, chunk[i]);
            var sql = MultiRowInsert("complaint_history", RowColumns, RowColumnNames, chunk.Length) + UpsertConflict;
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        }
        foreach (var chunk in events.Chunk(EventsPerStatement))
        {
            var parameters = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++)
                AddEvent(parameters, i, chunk[i]);
            var sql = MultiRowInsert("complaint_history_events", EventColumns, EventColumnNames, chunk.Length)
                + " ON CONFLICT (complaint_id, sequence) DO NOTHING";
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ComplaintHistoryRecord?> Get(string complaintId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<HistoryRow>(new CommandDefinition(
            $"SELECT {HistoryRow.Columns(_dialect)} FROM complaint_history h WHERE h.complaint_id = @complaintId",
            new { complaintId }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ComplaintHistoryEvent>> Events(string complaintId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<HistoryEventRow>(new CommandDefinition(
            $"SELECT {HistoryEventRow.Columns(_dialect)} FROM complaint_history_events e WHERE e.complaint_id = @complaintId ORDER BY e.sequence",
            new { complaintId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEvent()).ToArray();
    }

    /// <inheritdoc />
    public async Task<ComplaintSearchPage> Search(ComplaintSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var parameters = new DynamicParameters();
        void Filter(string condition, string name, object? value)
        {
            where.Add(condition);
            parameters.Add(name, value);
        }

        if (query.CustomerId is { } customerId)
            Filter("h.customer_id = @customerId", "customerId", customerId);
        if (query.Reference is { } reference)
            Filter("h.reference = @reference", "reference", reference);
        if (query.Status is { } status)
            Filter("h.status = @status", "status", status.ToString());
        if (query.DepartmentIds is { } departments)
            Filter(_dialect.DepartmentIn, "departments", departments.ToArray());
        if (query.Category is { } category)
            Filter("h.category = @category", "category", category.ToString());
        if (query.Severity is { } severity)
            Filter("h.severity = @severity", "severity", severity.ToString());
        if (query.Cause is { } cause)
            Filter("h.cause = @cause", "cause", cause.ToString());
        if (query.FiledFrom is { } from)
            Filter("h.filed_at >= @from", "from", _dialect.Time(from));
        if (query.FiledTo is { } to)
            Filter("h.filed_at < @to", "to", _dialect.Time(to));

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        if (query.Text is { } text)
        {
            // Neither database can tell a rare word from a common one when it plans (PostgreSQL guesses every word it has
            // no statistics for at 0.5 % of rows), so with text it walked the newest-first index and tested every row:
            // 13 s for a word in 20 of a million complaints. Asking the full-text index first for a bounded number of
            // matches settles it: a rarer word's few complaints are then filtered and sorted by id, and a commoner word
            // is dense enough that the newest-first walk finds a page within a few hundred rows.
            var textQuery = _dialect.TextQuery(text);
            var candidates = (await connection.QueryAsync<string>(new CommandDefinition(
                _dialect.TextCandidates, new { text = textQuery, cap = TextCandidatesAtMost + 1 }, cancellationToken: cancellationToken))).ToArray();
            if (candidates.Length <= TextCandidatesAtMost)
                Filter(_dialect.In("h.complaint_id", "candidates"), "candidates", candidates);
            else
                Filter(_dialect.TextMatch, "text", textQuery);
        }
        if (query.After is { } after)
        {
            var known = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM complaint_history WHERE complaint_id = @after", new { after }, cancellationToken: cancellationToken));
            if (known == 0)
                throw new ComplaintGridException(ErrorCodes.UnknownValue, "after", $"after must be the last complaint id of the previous page; {after} is not in the history.");
            Filter("(h.filed_at, h.complaint_id) < (SELECT a.filed_at, a.complaint_id FROM complaint_history a WHERE a.complaint_id = @after)", "after", after);
        }
        parameters.Add("limit", query.Limit + 1);

        var sql = new StringBuilder($"SELECT {HistoryRow.Columns(_dialect)} FROM complaint_history h");
        if (where.Count > 0)
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        sql.Append(" ORDER BY h.filed_at DESC, h.complaint_id DESC LIMIT @limit");
        var rows = (await connection.QueryAsync<HistoryRow>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken))).ToList();
        var hasMore = rows.Count > query.Limit;
        return new ComplaintSearchPage(rows.Take(query.Limit).Select(r => r.ToHit()).ToArray(), hasMore);
    }

    /// <inheritdoc />
    public Task<ServiceReport> ServiceReport(ServiceReportQuery query, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new ServiceReportReader(_database, _dialect).Read(query, asOf, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RootCauseReport> RootCauses(RootCauseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new RootCauseReader(_database, _dialect).Read(query, cancellationToken);
    }

    /// <summary>Deletes a complaint's row and events: for tests and operators repairing by hand; a rebuild restores them.</summary>
    public async Task Delete(string complaintId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM complaint_history_events WHERE complaint_id = @complaintId", new { complaintId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM complaint_history WHERE complaint_id = @complaintId", new { complaintId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary><c>INSERT INTO table (columns) VALUES (@a0, @b0), (@a1, @b1), …</c> for <paramref name="count"/> rows.</summary>
    private static string MultiRowInsert(string table, string columns, string[] names, int count)
    {
        var sql = new StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                sql.Append(", ");
            sql.Append('(');
            for (var c = 0; c < names.Length; c++)
            {
                if (c > 0)
                    sql.Append(", ");
                sql.Append('@').Append(names[c]).Append(i.ToString(CultureInfo.InvariantCulture));
            }
            sql.Append(')');
        }
        return sql.ToString();
    }

    private void AddRow(DynamicParameters p, int index, ComplaintHistoryRecord r)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        p.Add("complaint_id" + n, r.ComplaintId);
        p.Add("customer_id" + n, r.CustomerId);
        p.Add("reference" + n, r.Reference);
        p.Add("status" + n, r.Status.ToString());
        p.Add("department_id" + n, r.DepartmentId);
        p.Add("channel" + n, r.Channel.ToString());
        p.Add("category" + n, r.Category.ToString());
        p.Add("severity" + n, r.Severity.ToString());
        p.Add("priority" + n, r.Priority.ToString());
        p.Add("upheld" + n, _dialect.Bool(r.Upheld));
        p.Add("complaint_type" + n, r.Type?.ToString());
        p.Add("cause" + n, r.Cause?.ToString());
        p.Add("outcome" + n, r.Outcome?.ToString());
        p.Add("filed_at" + n, _dialect.Time(r.FiledAt));
        p.Add("acknowledged_at" + n, Time(r.AcknowledgedAt));
        p.Add("resolved_at" + n, Time(r.ResolvedAt));
        p.Add("closed_at" + n, Time(r.ClosedAt));
        p.Add("first_response_met" + n, _dialect.Bool(r.FirstResponseMet));
        p.Add("resolution_met" + n, _dialect.Bool(r.ResolutionMet));
        p.Add("breach_count" + n, r.BreachCount);
        p.Add("reopen_count" + n, r.ReopenCount);
        p.Add("hand_off_count" + n, r.HandOffCount);
        p.Add("escalation_level" + n, r.EscalationLevel.ToString());
        p.Add("satisfied" + n, _dialect.Bool(r.Satisfied));
        p.Add("remedy_kind" + n, r.RemedyKind?.ToString());
        p.Add("remedy_amount" + n, _dialect == HistoryDialect.Sqlite ? r.RemedyAmount?.ToString(CultureInfo.InvariantCulture) : r.RemedyAmount);
        p.Add("root_cause" + n, r.RootCause);
        p.Add("lessons" + n, r.Lessons);
        p.Add("prevention" + n, r.Prevention);
        p.Add("search_text" + n, r.SearchText);
        p.Add("last_sequence" + n, r.LastSequence);
    }

    private void AddEvent(DynamicParameters p, int index, ComplaintHistoryEvent e)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        p.Add("complaint_id" + n, e.ComplaintId);
        p.Add("sequence" + n, e.Sequence);
        p.Add("kind" + n, e.Kind.ToString());
        p.Add("at" + n, _dialect.Time(e.At));
        p.Add("status" + n, e.Status?.ToString());
        p.Add("department_id" + n, e.DepartmentId);
        p.Add("previous_department_id" + n, e.PreviousDepartmentId);
        p.Add("clock" + n, e.Clock?.ToString());
        p.Add("level" + n, e.Level?.ToString());
    }

    private object? Time(DateTimeOffset? at) => at is null ? null : _dialect.Time(at.Value);
}

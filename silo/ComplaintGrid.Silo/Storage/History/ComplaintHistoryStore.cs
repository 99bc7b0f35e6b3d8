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

    private static readonly string UpsertSql = BuildUpsert();

    private const string InsertEventSql =
        "INSERT INTO complaint_history_events (complaint_id, sequence, kind, at, status, department_id, previous_department_id, clock, level) "
        + "VALUES (@complaint_id, @sequence, @kind, @at, @status, @department_id, @previous_department_id, @clock, @level) "
        + "ON CONFLICT (complaint_id, sequence) DO NOTHING";

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
    public async Task Apply(ComplaintHistoryRecord record, IReadOnlyList<ComplaintHistoryEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(events);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(UpsertSql, RowParameters(record), transaction, cancellationToken: cancellationToken));
        if (events.Count > 0)
            await connection.ExecuteAsync(new CommandDefinition(InsertEventSql, events.Select(EventParameters).ToArray(), transaction, cancellationToken: cancellationToken));
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

    private static string BuildUpsert()
    {
        var columns = RowColumns.Split(", ");
        var updates = string.Join(", ", columns.Where(c => c != "complaint_id").Select(c => $"{c} = excluded.{c}"));
        // The same sequence is written again (a redelivery, a rebuild) with the same content; an older one never.
        return $"INSERT INTO complaint_history ({RowColumns}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))}) "
            + $"ON CONFLICT (complaint_id) DO UPDATE SET {updates} WHERE excluded.last_sequence >= complaint_history.last_sequence";
    }

    private DynamicParameters RowParameters(ComplaintHistoryRecord r)
    {
        var p = new DynamicParameters();
        p.Add("complaint_id", r.ComplaintId);
        p.Add("customer_id", r.CustomerId);
        p.Add("reference", r.Reference);
        p.Add("status", r.Status.ToString());
        p.Add("department_id", r.DepartmentId);
        p.Add("channel", r.Channel.ToString());
        p.Add("category", r.Category.ToString());
        p.Add("severity", r.Severity.ToString());
        p.Add("priority", r.Priority.ToString());
        p.Add("upheld", _dialect.Bool(r.Upheld));
        p.Add("complaint_type", r.Type?.ToString());
        p.Add("cause", r.Cause?.ToString());
        p.Add("outcome", r.Outcome?.ToString());
        p.Add("filed_at", _dialect.Time(r.FiledAt));
        p.Add("acknowledged_at", Time(r.AcknowledgedAt));
        p.Add("resolved_at", Time(r.ResolvedAt));
        p.Add("closed_at", Time(r.ClosedAt));
        p.Add("first_response_met", _dialect.Bool(r.FirstResponseMet));
        p.Add("resolution_met", _dialect.Bool(r.ResolutionMet));
        p.Add("breach_count", r.BreachCount);
        p.Add("reopen_count", r.ReopenCount);
        p.Add("hand_off_count", r.HandOffCount);
        p.Add("escalation_level", r.EscalationLevel.ToString());
        p.Add("satisfied", _dialect.Bool(r.Satisfied));
        p.Add("remedy_kind", r.RemedyKind?.ToString());
        p.Add("remedy_amount", _dialect == HistoryDialect.Sqlite ? r.RemedyAmount?.ToString(CultureInfo.InvariantCulture) : r.RemedyAmount);
        p.Add("root_cause", r.RootCause);
        p.Add("lessons", r.Lessons);
        p.Add("prevention", r.Prevention);
        p.Add("search_text", r.SearchText);
        p.Add("last_sequence", r.LastSequence);
        return p;
    }

    private object EventParameters(ComplaintHistoryEvent e) => new
    {
        complaint_id = e.ComplaintId,
        sequence = e.Sequence,
        kind = e.Kind.ToString(),
        at = _dialect.Time(e.At),
        status = e.Status?.ToString(),
        department_id = e.DepartmentId,
        previous_department_id = e.PreviousDepartmentId,
        clock = e.Clock?.ToString(),
        level = e.Level?.ToString(),
    };

    private object? Time(DateTimeOffset? at) => at is null ? null : _dialect.Time(at.Value);
}

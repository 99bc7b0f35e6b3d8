using System.Data.Common;
using System.Globalization;
using Dapper;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>
/// Reads the service report from the history tables: the databases count per department and period (three statements),
/// and .NET adds the running open count, exact remedy sums and hold time clipped to the periods.
/// </summary>
internal sealed class ServiceReportReader(DbDataSource database, HistoryDialect dialect)
{
    public async Task<ServiceReport> Read(ServiceReportQuery query, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var periods = ReportPeriods.Cut(query.Period, query.From, query.To, query.TimeZone);
        var sql = new ServiceReportSql(dialect, query.DepartmentIds is not null);
        var parameters = new DynamicParameters();
        var with = ReportPeriodsSql.With(periods, dialect, parameters);
        parameters.Add("start", dialect.Time(periods[0].StartsAt));
        parameters.Add("end", dialect.Time(periods[^1].EndsAt));
        if (query.DepartmentIds is { } departments)
            parameters.Add("departments", departments.ToArray());

        var tallies = new Dictionary<(string Department, int Period), ServiceReportTally>();
        ServiceReportTally Tally(string department, int period)
        {
            if (!tallies.TryGetValue((department, period), out var tally))
                tallies[(department, period)] = tally = new ServiceReportTally();
            return tally;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var row in await connection.QueryAsync<ReportBucketRow>(Command(with + sql.Figures, parameters, cancellationToken)))
            Tally(row.department_id, (int)row.idx).Add(row);
        foreach (var row in await connection.QueryAsync<ReportAmountRow>(Command(with + sql.Remedies, parameters, cancellationToken)))
        {
            var tally = Tally(row.department_id, (int)row.idx);
            tally.Remedies++;
            if (row.amount is not null)
                tally.RemedyAmount += decimal.Parse(row.amount, NumberStyles.Number, CultureInfo.InvariantCulture);
        }
        var openAtStart = (await connection.QueryAsync<ReportBucketRow>(Command(sql.OpenAtStart, parameters, cancellationToken)))
            .ToDictionary(r => r.department_id, r => (int)r.n, StringComparer.Ordinal);
        foreach (var hold in await connection.QueryAsync<ReportHoldRow>(Command(sql.Holds, parameters, cancellationToken)))
            AddHold(hold, periods, asOf, Tally);

        var rows = new List<ServiceReportRow>();
        var departmentIds = tallies.Keys.Select(k => k.Department).Concat(openAtStart.Where(o => o.Value > 0).Select(o => o.Key))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var department in departmentIds)
        {
            var open = openAtStart.GetValueOrDefault(department);
            for (var i = 0; i < periods.Count; i++)
            {
                var tally = tallies.GetValueOrDefault((department, i)) ?? new ServiceReportTally();
                open += tally.Filed - tally.Closed;
                rows.Add(tally.ToRow(department, periods[i], open));
            }
        }
        return new ServiceReport(query.Period, query.TimeZone, query.From, query.To, rows);
    }

    /// <summary>
    /// Adds one hold's time to each period it overlaps. It ends at the next resume, else at the complaint's close, else
    /// now: a hold still running counts up to the moment the report is read.
    /// </summary>
    private static void AddHold(ReportHoldRow hold, IReadOnlyList<ReportPeriodSpan> periods, DateTimeOffset asOf, Func<string, int, ServiceReportTally> tally)
    {
        var start = HistoryRow.Time(hold.held_at);
        var end = hold.resumed_at is not null ? HistoryRow.Time(hold.resumed_at) : hold.closed_at is not null ? HistoryRow.Time(hold.closed_at) : asOf;
        for (var i = 0; i < periods.Count; i++)
        {
            var from = Max(start, periods[i].StartsAt);
            var to = Min(end, periods[i].EndsAt);
            if (to > from)
                tally(hold.department_id, i).Held += to - from;
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static CommandDefinition Command(string sql, DynamicParameters parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, cancellationToken: cancellationToken);
}

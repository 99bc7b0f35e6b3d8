using System.Data.Common;
using Dapper;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>Reads the root-cause Pareto from the history tables: counts per department and key, then each bar's newest texts.</summary>
internal sealed class RootCauseReader(DbDataSource database, HistoryDialect dialect)
{
    /// <summary>Decimal places a share keeps.</summary>
    private const int ShareDigits = 4;

    public async Task<RootCauseReport> Read(RootCauseQuery query, CancellationToken cancellationToken)
    {
        var range = ReportPeriods.Whole(query.From, query.To, query.TimeZone);
        var sql = new RootCauseSql(dialect, query.By, query.DepartmentIds is not null);
        var parameters = new DynamicParameters();
        parameters.Add("start", dialect.Time(range.StartsAt));
        parameters.Add("end", dialect.Time(range.EndsAt));
        parameters.Add("erased", ErasedText.Marker);
        parameters.Add("limit", RootCauseQuery.TextsPerBar);
        if (query.DepartmentIds is { } departments)
            parameters.Add("departments", departments.ToArray());

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var counts = (await connection.QueryAsync<RootCauseCountRow>(new CommandDefinition(sql.Counts, parameters, cancellationToken: cancellationToken))).ToList();
        var lessons = await Texts(connection, sql.Texts("lessons"), parameters, cancellationToken);
        var prevention = await Texts(connection, sql.Texts("prevention"), parameters, cancellationToken);

        var result = new List<RootCauseDepartment>();
        foreach (var department in counts.GroupBy(c => c.department_id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var total = (int)department.Sum(c => c.n);
            var running = 0;
            var bars = new List<RootCauseBar>();
            foreach (var count in department.OrderByDescending(c => c.n).ThenBy(c => c.key, StringComparer.Ordinal))
            {
                running += (int)count.n;
                var bar = (department.Key, count.key);
                bars.Add(new RootCauseBar(count.key, (int)count.n, Share((int)count.n, total), Share(running, total),
                    lessons.GetValueOrDefault(bar) ?? [], prevention.GetValueOrDefault(bar) ?? []));
            }
            result.Add(new RootCauseDepartment(department.Key, total, bars));
        }
        return new RootCauseReport(query.By, query.TimeZone, query.From, query.To, result);
    }

    private static async Task<Dictionary<(string, string), IReadOnlyList<ReportText>>> Texts(
        DbConnection connection, string sql, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ReportTextRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.GroupBy(r => (r.department_id, r.key))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ReportText>)g.Select(r => new ReportText(r.complaint_id, r.text)).ToArray());
    }

    private static double Share(int part, int total) => Math.Round((double)part / total, ShareDigits);
}

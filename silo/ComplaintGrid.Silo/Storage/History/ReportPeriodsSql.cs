using System.Globalization;
using System.Text;
using Dapper;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>
/// A report's periods as a <c>periods (idx, start_at, end_at)</c> common table expression both databases read, so
/// every figure is bucketed by a join on the stored UTC times against the periods' local boundaries converted in .NET.
/// </summary>
internal static class ReportPeriodsSql
{
    /// <summary>The <c>WITH periods …</c> clause, its boundaries added to <paramref name="parameters"/>.</summary>
    public static string With(IReadOnlyList<ReportPeriodSpan> periods, HistoryDialect dialect, DynamicParameters parameters)
    {
        var sql = new StringBuilder("WITH periods (idx, start_at, end_at) AS (VALUES ");
        for (var i = 0; i < periods.Count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (i > 0)
                sql.Append(", ");
            sql.Append('(').Append(index).Append(", @s").Append(index).Append(", @e").Append(index).Append(')');
            parameters.Add("s" + index, dialect.Time(periods[i].StartsAt));
            parameters.Add("e" + index, dialect.Time(periods[i].EndsAt));
        }
        return sql.Append(") ").ToString();
    }
}

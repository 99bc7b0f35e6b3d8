using System.CommandLine;
using System.Globalization;

namespace ComplaintGrid.Cli.Commands;

/// <summary><c>report service</c> and <c>report root-causes</c>: the reports over the complaint history, as a table, JSON or CSV.</summary>
internal static class ReportCommand
{
    public static Command Create() => new("report", "Reports over the complaint history per department (needs a durable storage profile).")
    {
        Service(), RootCauses(),
    };

    private static Command Service()
    {
        var scope = new ReportScopeOptions();
        var period = CliOptions.Enum<ReportPeriod>("--period", "How the range is cut (ISO weeks start on Monday).");
        period.DefaultValueFactory = _ => ReportPeriod.Week;
        var command = new Command("service", "Volumes, service levels, breaches, rates, remedies and hold time per department and period.") { period };
        scope.AddTo(command);
        ServiceReportQuery Query(ParseResult p)
        {
            var (from, to, zone, departments) = scope.Read(p);
            return new ServiceReportQuery(from, to, zone, departments, p.GetValue(period));
        }

        return command.WithAction(
            async c => Write(c, scope, await c.Client.ServiceReport(Query(c.Parse), c.Cancellation), ReportCsv.Write, PrintService),
            checkFirst: p => Query(p).Check(new RuleCheck()).ThrowIfAny());
    }

    private static Command RootCauses()
    {
        var scope = new ReportScopeOptions();
        var by = CliOptions.Enum<RootCauseDimension>("--by", "What the bars count by: cause and type count complaints assessed in the range, category those filed in it.");
        by.DefaultValueFactory = _ => RootCauseDimension.Cause;
        var command = new Command("root-causes", "Complaints per cause, type or category and department, largest first, with cumulative shares.") { by };
        scope.AddTo(command);
        RootCauseQuery Query(ParseResult p)
        {
            var (from, to, zone, departments) = scope.Read(p);
            return new RootCauseQuery(from, to, zone, departments, p.GetValue(by));
        }

        return command.WithAction(
            async c => Write(c, scope, await c.Client.RootCauses(Query(c.Parse), c.Cancellation), ReportCsv.Write, PrintRootCauses),
            checkFirst: p => Query(p).Check(new RuleCheck()).ThrowIfAny());
    }

    private static void Write<T>(CommandContext c, ReportScopeOptions scope, T report, Func<T, string> csv, Action<TextWriter, T> table)
    {
        if (c.Get(scope.Csv))
            c.Output.Out.Write(csv(report));
        else
            c.Output.Write(report, table);
    }

    private static void PrintService(TextWriter w, ServiceReport report)
    {
        if (report.Rows.Count == 0)
        {
            w.WriteLine("No complaints in the range.");
            return;
        }
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        TextTable.Write(w, ["department", "period", "filed", "closed", "open", "first resp", "resolution", "breaches", "reopen", "satisfied",
                "recovered", "ping-pong", "remedies", "amount", "hold h"],
            report.Rows.Select(r => (IReadOnlyList<string>)[r.DepartmentId, Period(r), N(r.Filed), N(r.Closed), N(r.OpenAtEnd),
                Level(r.FirstResponse), Level(r.Resolution), N(r.Breaches.FirstResponse + r.Breaches.CustomerUpdate + r.Breaches.Resolution),
                TextFormat.Percent(r.ReopenRate), TextFormat.Percent(r.SatisfactionRate), TextFormat.Percent(r.RecoveryRate), N(r.PingPongHandOffs),
                N(r.Remedies.Count), r.Remedies.Amount.ToString("0.00", CultureInfo.InvariantCulture), TextFormat.Number(r.HoldHours, "0.0")]));
        w.WriteLine($"{report.Rows.Select(r => r.DepartmentId).Distinct().Count()} departments, {report.Period} periods in {report.TimeZone}.");
    }

    private static void PrintRootCauses(TextWriter w, RootCauseReport report)
    {
        if (report.Departments.Count == 0)
        {
            w.WriteLine("No complaints in the range.");
            return;
        }
        TextTable.Write(w, ["department", report.By.ToString().ToLowerInvariant(), "count", "share", "cumulative", "latest lesson"],
            report.Departments.SelectMany(d => d.Bars.Select(b => (IReadOnlyList<string>)[d.DepartmentId, b.Key, b.Count.ToString(CultureInfo.InvariantCulture),
                TextFormat.Percent(b.Share), TextFormat.Percent(b.CumulativeShare), TextFormat.Text(b.Lessons.Count == 0 ? null : b.Lessons[0].Text.ReplaceLineEndings(" "))])));
        w.WriteLine($"{report.Departments.Sum(d => d.Total)} complaints in {report.Departments.Count} departments.");
    }

    private static string Period(ServiceReportRow r) =>
        r.PeriodStart == r.PeriodEnd ? $"{r.PeriodStart:yyyy-MM-dd}" : $"{r.PeriodStart:yyyy-MM-dd}..{r.PeriodEnd:yyyy-MM-dd}";

    private static string Level(ServiceLevel level) => level.Measured == 0 ? "-" : $"{TextFormat.Percent(level.Rate)} of {level.Measured}";
}

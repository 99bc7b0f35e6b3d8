using System.CommandLine;
using System.Globalization;

namespace ComplaintGrid.Cli.Commands;

internal static class DepartmentsCommand
{
    public static Command Create() =>
        new Command("departments", "Show every department's health: open, at risk, breached, service levels, agents.")
            .WithAction(async c => c.Output.Write(await c.Client.ListDepartments(c.Cancellation), Print));

    private static void Print(TextWriter w, IReadOnlyList<DepartmentView> departments)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        TextTable.Write(w, ["department", "health", "open", "new 15m", "at risk", "breached", "oldest unack", "first resp 1h", "resolution 1h", "agents", "reasons"],
            departments.Select(d => (IReadOnlyList<string>)[d.DepartmentId, d.Health.ToString(), N(d.Open), N(d.NewLast15Minutes), N(d.AtRisk),
                N(d.Breached), TextFormat.Duration(d.OldestUnacknowledgedAge), TextFormat.Percent(d.FirstResponseServiceLevelLastHour),
                TextFormat.Percent(d.ResolutionServiceLevelLastHour), N(d.AgentsOnShift), d.HealthReasons.Count == 0 ? "-" : string.Join("; ", d.HealthReasons)]));
    }
}

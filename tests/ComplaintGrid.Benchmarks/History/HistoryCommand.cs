using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// <c>history-search</c> and <c>history-projection</c>: the history read model's scenarios, on PostgreSQL, SQLite or
/// both, ending with the suite's summary table. Not part of <c>suite</c>: seeding a million complaints takes minutes.
/// </summary>
internal static class HistoryCommand
{
    public const string Search = "history-search";
    public const string Projection = "history-projection";

    public static bool Knows(string name) => name is Search or Projection;

    public static async Task<int> Run(string name, string[] options)
    {
        HistorySettings settings;
        try
        {
            var args = new ScenarioArguments(options);
            settings = HistorySettings.From(args);
            args.RejectUnknown();
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        Console.WriteLine($"ComplaintGrid benchmark {name} ({string.Join(", ", settings.Stores.Select(HistorySettings.Name))}{(settings.Quick ? ", QUICK settings" : "")})");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        var reports = new List<ScenarioReport>();
        foreach (var store in settings.Stores)
        {
            reports.AddRange(name == Search ? await HistorySearchScenario.Run(settings, store) : await HistoryProjectionScenario.Run(settings, store));
            Console.WriteLine();
        }

        Console.WriteLine($"== Summary{(settings.Quick ? " (QUICK settings: smoke figures, not the targets')" : "")}; {MachineInfo.Describe()}");
        Console.WriteLine("| scenario | figure | beside | ratio | target | verdict |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var r in reports)
            Console.WriteLine($"| {r.Scenario} | {r.Figure} | {r.Floor} | {r.Ratio} | {r.Target} | {r.Verdict} |");
        return 0;
    }
}

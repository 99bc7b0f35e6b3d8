using System.Globalization;
using ComplaintGrid.Benchmarks;
using ComplaintGrid.Benchmarks.BadFaith;
using ComplaintGrid.Benchmarks.Churn;
using ComplaintGrid.Benchmarks.Dashboard;
using ComplaintGrid.Benchmarks.Failover;
using ComplaintGrid.Benchmarks.Forecast;
using ComplaintGrid.Benchmarks.History;
using ComplaintGrid.Benchmarks.Soak;
using ComplaintGrid.Benchmarks.Suite;

// Every command and its options: Usage.Text, printed by `-- --help` and for a command it does not know.
if (args is ["--help" or "-h" or "help", ..])
{
    Console.Write(Usage.Text);
    return 0;
}
if (args is ["dashboard", .. var dashboardArgs])
{
    await DashboardBenchmark.Run(
        rate: dashboardArgs.Length > 0 ? double.Parse(dashboardArgs[0], CultureInfo.InvariantCulture) : 1_000,
        clients: dashboardArgs.Length > 1 ? int.Parse(dashboardArgs[1], CultureInfo.InvariantCulture) : 50,
        seconds: dashboardArgs.Length > 2 ? int.Parse(dashboardArgs[2], CultureInfo.InvariantCulture) : 10,
        runs: dashboardArgs.Length > 3 ? int.Parse(dashboardArgs[3], CultureInfo.InvariantCulture) : 3);
    return 0;
}
if (args is ["failover", .. var failoverArgs])
{
    int Arg(int index, int fallback) => failoverArgs.Length > index ? int.Parse(failoverArgs[index], CultureInfo.InvariantCulture) : fallback;
    await FailoverBenchmark.Run(callers: Arg(0, 20), runs: Arg(1, 3), before: TimeSpan.FromSeconds(Arg(2, 10)), after: TimeSpan.FromSeconds(Arg(3, 30)));
    return 0;
}
if (args is ["soak", .. var soakArgs])
{
    await SoakBenchmark.Run(
        minutes: soakArgs.Length > 0 ? int.Parse(soakArgs[0], CultureInfo.InvariantCulture) : 30,
        rate: soakArgs.Length > 1 ? double.Parse(soakArgs[1], CultureInfo.InvariantCulture) : null,
        collectionAge: soakArgs.Length > 2 ? TimeSpan.FromMinutes(double.Parse(soakArgs[2], CultureInfo.InvariantCulture)) : null);
    return 0;
}
if (args is ["bad-faith", .. var badFaithArgs])
    return await BadFaithBenchmark.Run(badFaithArgs);
if (args is ["forecast-accuracy", .. var forecastArgs])
    return await ForecastAccuracyBenchmark.Run(forecastArgs);
if (args is ["churn-fit", .. var churnArgs])
    return await ChurnFitBenchmark.Run(churnArgs);
if (args is [var historyName, .. var historyOptions] && HistoryCommand.Knows(historyName))
    return await HistoryCommand.Run(historyName, historyOptions);
if (args is [var name, .. var options] && SuiteCommand.Knows(name))
    return await SuiteCommand.Run(name, options);

// The lifecycle scenario also answers to its name, so every scenario can be named; bare numbers keep working.
var lifecycleArgs = args is ["lifecycle", ..] ? args[1..] : args;
if (lifecycleArgs.FirstOrDefault(a => !int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) is { } unknown)
{
    Console.Error.WriteLine($"Unknown command or argument '{unknown}'.");
    Console.Error.Write(Usage.Text);
    return 2;
}
await LifecycleCommand.Run(lifecycleArgs);
return 0;

using System.Globalization;
using ComplaintGrid.Benchmarks;
using ComplaintGrid.Benchmarks.Dashboard;
using ComplaintGrid.Benchmarks.Suite;

// dotnet run -c Release --project tests/ComplaintGrid.Benchmarks -- suite [--quick] [options]      every scenario beside its floor
// dotnet run -c Release --project tests/ComplaintGrid.Benchmarks -- <scenario> [--quick] [options] one scenario (see SuiteCommand)
// dotnet run -c Release --project tests/ComplaintGrid.Benchmarks -- [lifecycle] [lifecycles] [concurrency] [runs]
// dotnet run -c Release --project tests/ComplaintGrid.Benchmarks -- dashboard [events/s] [clients] [seconds] [runs]
if (args is ["dashboard", .. var dashboardArgs])
{
    await DashboardBenchmark.Run(
        rate: dashboardArgs.Length > 0 ? double.Parse(dashboardArgs[0], CultureInfo.InvariantCulture) : 1_000,
        clients: dashboardArgs.Length > 1 ? int.Parse(dashboardArgs[1], CultureInfo.InvariantCulture) : 50,
        seconds: dashboardArgs.Length > 2 ? int.Parse(dashboardArgs[2], CultureInfo.InvariantCulture) : 10,
        runs: dashboardArgs.Length > 3 ? int.Parse(dashboardArgs[3], CultureInfo.InvariantCulture) : 3);
    return 0;
}
if (args is [var name, .. var options] && SuiteCommand.Knows(name))
    return await SuiteCommand.Run(name, options);

// The lifecycle scenario also answers to its name, so every scenario can be named; bare numbers keep working.
await LifecycleCommand.Run(args is ["lifecycle", ..] ? args[1..] : args);
return 0;

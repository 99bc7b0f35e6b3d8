using ComplaintGrid.Simulator;
using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Silo.Storage.Migrations;
using Microsoft.Extensions.Options;

try
{
    if (args is [MigrateCommand.Name, ..])
        return await MigrateCommand.RunAsync(args[1..]);
    if (args is [HistoryCommands.Check or HistoryCommands.Rebuild, ..])
        return await HistoryCommands.RunAsync(args[0], args[1..], Console.Out);
    await SiloApp.RunAsync(SiloApp.Create(SimulatorArguments.Expand(args)));
    return 0;
}
catch (Exception ex) when (ex is OptionsValidationException or SchemaOutOfDateException)
{
    // Configuration and schema problems are the operator's to fix: one clear message, no stack trace.
    Console.Error.WriteLine($"ComplaintGrid silo cannot start: {ex.Message}");
    return 2;
}

/// <summary>The silo's entry point, visible to test hosts.</summary>
public partial class Program;

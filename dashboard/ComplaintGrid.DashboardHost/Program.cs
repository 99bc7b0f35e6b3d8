using ComplaintGrid.DashboardHost;
using Microsoft.Extensions.Options;

try
{
    await DashboardHostApp.Create(args).RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    // Configuration problems are the operator's to fix: one clear message, no stack trace (as the silo does).
    Console.Error.WriteLine($"ComplaintGrid dashboard host cannot start: {ex.Message}");
    return 2;
}

/// <summary>The stand-alone dashboard host's entry point, visible to test hosts.</summary>
public partial class Program;
